using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SisterCities.Tests.Forms.Builder;

/// <summary>
/// What a browser would post from one <c>&lt;form&gt;</c> of a page (text inputs, ticked boxes, selected options,
/// textareas), which a test then edits like a user before posting it back.
/// </summary>
internal sealed class HtmlFormData
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlFormData(List<KeyValuePair<string, string>> fields) => _fields = fields;

    public static HtmlFormData FromPage(string html, string action)
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posts to {action}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is not ("submit" or "button" or "file"):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (selected is not null)
                    {
                        fields.Add(new(name, selected.Value));
                    }

                    break;
            }
        }

        return new HtmlFormData(fields);
    }

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Replaces every value of <paramref name="name"/> (a text box typed into, a select changed).</summary>
    public HtmlFormData Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>Ticks a checkbox that has a hidden <c>false</c> partner.</summary>
    public HtmlFormData Tick(string name) => Set(name, "true").Add(name, "false");

    public HtmlFormData Add(string name, string value)
    {
        _fields.Add(new(name, value));
        return this;
    }

    public FormUrlEncodedContent Content() => new(_fields);

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;
}
