using System.Text;
using System.Text.Encodings.Web;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>Renders diff pieces as one run of encoded text with &lt;ins&gt;/&lt;del&gt;, with no whitespace added between pieces.</summary>
public static class DiffHtml
{
    public static string Render(IEnumerable<DiffPiece> pieces, HtmlEncoder encoder)
    {
        var html = new StringBuilder();
        foreach (var piece in pieces)
        {
            var (open, close) = piece.Kind switch
            {
                DiffKind.Added => ("<ins>", "</ins>"),
                DiffKind.Removed => ("<del>", "</del>"),
                _ => ("<span>", "</span>"),
            };
            html.Append(open).Append(encoder.Encode(piece.Text)).Append(close);
        }

        return html.ToString();
    }
}
