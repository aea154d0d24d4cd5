using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Rich text as Umbraco's Delivery API returns it: <c>{ "markup": html, "blocks": [] }</c> by default, or with
/// <c>RichTextOutputAsJson</c> the element tree <c>{ "tag": "#root", "attributes": {}, "elements": [...], "blocks": [] }</c>.
/// The HTML was sanitized when it was saved, so both forms carry only allowed tags and attributes.
/// </summary>
internal static class RichTextOutput
{
    private static readonly HtmlParser Parser = new();

    public static JsonNode Render(string? html, bool asJson)
    {
        html ??= "";
        if (!asJson)
        {
            return new JsonObject { ["markup"] = html, ["blocks"] = new JsonArray() };
        }

        var document = Parser.ParseDocument("");
        var nodes = Parser.ParseFragment(html, document.Body!);
        var root = new JsonObject
        {
            ["tag"] = "#root",
            ["attributes"] = new JsonObject(),
            ["elements"] = Elements(nodes),
            ["blocks"] = new JsonArray(),
        };
        return root;
    }

    private static JsonArray Elements(IEnumerable<INode> nodes)
    {
        var elements = new JsonArray();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IElement element:
                    var attributes = new JsonObject();
                    foreach (var attribute in element.Attributes)
                    {
                        attributes[attribute.Name] = attribute.Value;
                    }

                    elements.Add(new JsonObject
                    {
                        ["tag"] = element.LocalName,
                        ["attributes"] = attributes,
                        ["elements"] = Elements(element.ChildNodes),
                    });
                    break;
                case IText text:
                    elements.Add(new JsonObject { ["tag"] = "#text", ["text"] = text.Data });
                    break;
            }
        }

        return elements;
    }
}
