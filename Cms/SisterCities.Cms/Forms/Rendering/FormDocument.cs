using System.Text.Encodings.Web;

namespace SisterCities.Cms.Forms.Rendering;

/// <summary>
/// The plain page the form routes answer with (the no-JavaScript round trip lands here). Themes place forms on their
/// own pages through the partial <c>Views/Shared/Forms/_Form.cshtml</c>; this page keeps forms usable before that.
/// </summary>
public static class FormDocument
{
    public static string Wrap(string title, string culture, string body) =>
        $"<!DOCTYPE html><html lang=\"{FormHtmlWriter.E.Encode(culture)}\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{FormHtmlWriter.E.Encode(title)}</title></head><body><main><h1>{FormHtmlWriter.E.Encode(title)}</h1>{body}</main></body></html>";

    public static string Message(string text) => $"<p class=\"sc-form__message\" role=\"status\">{FormHtmlWriter.E.Encode(text)}</p>";
}
