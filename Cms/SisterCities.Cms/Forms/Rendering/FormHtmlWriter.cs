using System.Text;
using System.Text.Encodings.Web;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Workflows;

namespace SisterCities.Cms.Forms.Rendering;

/// <summary>
/// Draws an accessible form without JavaScript: every input has a label, help and errors are tied with
/// <c>aria-describedby</c>, choices sit in fieldsets with legends, an error summary at the top links to each field.
/// Everything the visitor or the editor typed is HTML-encoded.
/// </summary>
public static class FormHtmlWriter
{
    public const string HoneypotField = "website";

    public const string ActionField = "__action";

    // All of Unicode passes as is (Ukrainian stays readable); markup characters are still encoded.
    internal static readonly HtmlEncoder E = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Render(FormViewModel m)
    {
        var c = m.Culture;
        var html = new StringBuilder();
        html.Append($"<form class=\"sc-form\" method=\"post\" action=\"{E.Encode(m.Action)}\" enctype=\"multipart/form-data\" novalidate lang=\"{E.Encode(c)}\">");
        WriteErrorSummary(html, m);
        html.Append($"<input type=\"hidden\" name=\"{E.Encode(m.AntiforgeryFieldName)}\" value=\"{E.Encode(m.AntiforgeryToken)}\">");
        html.Append($"<input type=\"hidden\" name=\"{FormStateProtector.FieldName}\" value=\"{E.Encode(m.SealedState)}\">");
        // A field people never see (hidden attribute) but naive bots fill in.
        html.Append($"<div class=\"sc-form__hp\" hidden><label for=\"f-{HoneypotField}\">{T(c, "Не заповнюйте це поле", "Leave this field empty")}</label>")
            .Append($"<input id=\"f-{HoneypotField}\" name=\"{HoneypotField}\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>");

        var pageCount = m.Schema.Pages.Count;
        if (pageCount > 1 || m.Schema.ShowSummaryPage)
        {
            var steps = pageCount + (m.Schema.ShowSummaryPage ? 1 : 0);
            var caption = m.IsSummary ? T(c, "Перевірте відповіді", "Check your answers") : m.Schema.Pages[m.Page].Caption.In(c);
            html.Append($"<h2 class=\"sc-form__page\">{E.Encode(caption)} <span class=\"sc-form__step\">({T(c, "крок", "step")} {m.Page + 1} / {steps})</span></h2>");
        }

        if (m.IsSummary)
        {
            html.Append("<dl class=\"sc-form__summary\">");
            foreach (var (label, value) in EntryText.Lines(m.Schema, m.Values, c))
            {
                html.Append($"<dt>{E.Encode(label)}</dt><dd>{E.Encode(value)}</dd>");
            }

            html.Append("</dl>");
        }
        else
        {
            foreach (var field in m.Schema.Pages[m.Page].Fields.Where(f => m.Visible.Contains(f.Alias) || DependsOnPage(f, m)))
            {
                WriteField(html, m, field);
            }
        }

        html.Append("<div class=\"sc-form__actions\">");
        if (m.Page > 0)
        {
            html.Append($"<button type=\"submit\" name=\"{ActionField}\" value=\"back\" formnovalidate>{T(c, "Назад", "Back")}</button>");
        }

        html.Append(m.IsLastStep
            ? $"<button type=\"submit\" name=\"{ActionField}\" value=\"submit\">{E.Encode(m.Schema.SubmitLabel.In(c))}</button>"
            : $"<button type=\"submit\" name=\"{ActionField}\" value=\"next\">{T(c, "Далі", "Next")}</button>");
        return html.Append("</div></form>").ToString();
    }

    private static void WriteErrorSummary(StringBuilder html, FormViewModel m)
    {
        if (m.Errors.Count == 0 && m.FormError is null)
        {
            return;
        }

        var c = m.Culture;
        html.Append("<div class=\"sc-form__errors\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"sc-form-errors-title\">")
            .Append($"<h2 id=\"sc-form-errors-title\">{T(c, "Виправте, будь ласка", "Please correct the following")}</h2><ul>");
        if (m.FormError is not null)
        {
            html.Append($"<li>{E.Encode(m.FormError)}</li>");
        }

        foreach (var (alias, messages) in m.Errors)
        {
            var label = m.Schema.Field(alias)?.Label.In(c) ?? alias;
            html.Append($"<li><a href=\"#f-{E.Encode(alias)}\">{E.Encode(label)}: {E.Encode(messages[0])}</a></li>");
        }

        html.Append("</ul></div>");
    }

    private static void WriteField(StringBuilder html, FormViewModel m, FormField f)
    {
        var c = m.Culture;
        var id = "f-" + f.Alias;
        var values = m.Values.TryGetValue(f.Alias, out var v) ? v : [];
        var value = values.Count > 0 ? values[0] : f.DefaultValue ?? "";
        var error = m.Errors.TryGetValue(f.Alias, out var messages) ? messages[0] : null;
        var describedBy = string.Join(' ', new[] { f.Help is null ? null : id + "-help", error is null ? null : id + "-error" }.Where(x => x is not null));
        var aria = (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "") + (error is null ? "" : " aria-invalid=\"true\"");
        var required = f.Validation.Required ? " required" : "";
        var name = E.Encode(f.Alias);
        var label = E.Encode(f.Label.In(c)) + (f.Validation.Required ? $" <span class=\"sc-form__required\">({T(c, "обов’язково", "required")})</span>" : "");
        var placeholder = f.Placeholder is null ? "" : $" placeholder=\"{E.Encode(f.Placeholder.In(c))}\"";

        if (f.Type == FieldType.Hidden)
        {
            html.Append($"<input type=\"hidden\" id=\"{id}\" name=\"{name}\" value=\"{E.Encode(value)}\">");
            return;
        }

        if (f.Type == FieldType.Heading)
        {
            html.Append($"<h3 class=\"sc-form__heading\">{E.Encode(f.Label.In(c))}</h3>");
            if (f.Text is not null)
            {
                html.Append($"<p>{E.Encode(f.Text.In(c))}</p>");
            }

            return;
        }

        var isGroup = f.Type is FieldType.SingleChoice or FieldType.MultipleChoice;
        html.Append($"<div class=\"sc-form__field{(error is null ? "" : " sc-form__field--error")}\">");
        if (isGroup)
        {
            html.Append($"<fieldset id=\"{id}\"{aria}><legend>{label}</legend>");
        }
        else if (f.Type != FieldType.Consent)
        {
            html.Append($"<label for=\"{id}\">{label}</label>");
        }

        WriteHelpAndError(html, f, id, error, c);
        switch (f.Type)
        {
            case FieldType.LongText:
                html.Append($"<textarea id=\"{id}\" name=\"{name}\" rows=\"6\"{required}{aria}{placeholder}>{E.Encode(value)}</textarea>");
                break;
            case FieldType.DropDown:
                html.Append($"<select id=\"{id}\" name=\"{name}\"{required}{aria}><option value=\"\">{T(c, "— оберіть —", "— choose —")}</option>");
                foreach (var o in f.Options)
                {
                    html.Append($"<option value=\"{E.Encode(o.Value)}\"{(values.Contains(o.Value) ? " selected" : "")}>{E.Encode(o.Label.In(c))}</option>");
                }

                html.Append("</select>");
                break;
            case FieldType.SingleChoice or FieldType.MultipleChoice:
                var kind = f.Type == FieldType.SingleChoice ? "radio" : "checkbox";
                for (var i = 0; i < f.Options.Count; i++)
                {
                    var o = f.Options[i];
                    html.Append($"<div class=\"sc-form__option\"><input type=\"{kind}\" id=\"{id}-{i}\" name=\"{name}\" value=\"{E.Encode(o.Value)}\"{(values.Contains(o.Value) ? " checked" : "")}>")
                        .Append($"<label for=\"{id}-{i}\">{E.Encode(o.Label.In(c))}</label></div>");
                }

                html.Append("</fieldset>");
                break;
            case FieldType.Consent:
                html.Append($"<div class=\"sc-form__option\"><input type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"true\"{(values.Count > 0 ? " checked" : "")}{required}{aria}>")
                    .Append($"<label for=\"{id}\">{E.Encode((f.Text ?? f.Label).In(c))}</label></div>");
                break;
            case FieldType.FileUpload:
                var kinds = f.Validation.AllowedFileTypes is { Count: > 0 } k ? k : FileSignatures.Kinds;
                html.Append($"<input type=\"file\" id=\"{id}\" name=\"{name}\" accept=\"{string.Join(',', kinds.Select(FileSignatures.ContentType))}\"{required}{aria}>");
                break;
            default:
                var (type, extra) = f.Type switch
                {
                    FieldType.Email => ("email", " autocomplete=\"email\""),
                    FieldType.Phone => ("tel", " autocomplete=\"tel\""),
                    FieldType.Number => ("text", " inputmode=\"decimal\""),
                    FieldType.Date => ("date", ""),
                    _ => ("text", ""),
                };
                html.Append($"<input type=\"{type}\" id=\"{id}\" name=\"{name}\" value=\"{E.Encode(value)}\"{extra}{required}{aria}{placeholder}>");
                break;
        }

        html.Append("</div>");
    }

    private static void WriteHelpAndError(StringBuilder html, FormField f, string id, string? error, string c)
    {
        if (f.Help is not null)
        {
            html.Append($"<p class=\"sc-form__help\" id=\"{id}-help\">{E.Encode(f.Help.In(c))}</p>");
        }

        if (error is not null)
        {
            html.Append($"<p class=\"sc-form__error\" id=\"{id}-error\"><span class=\"sc-visually-hidden\">{T(c, "Помилка", "Error")}:</span> {E.Encode(error)}</p>");
        }
    }

    /// <summary>
    /// Without JavaScript a condition on a field of the same page cannot react while typing, so such fields are shown
    /// with the page; the server still applies the condition when the page is posted.
    /// </summary>
    private static bool DependsOnPage(FormField f, FormViewModel m) =>
        f.Condition?.Rules.Any(r => m.Schema.Pages[m.Page].Fields.Any(p => p.Alias == r.Field)) == true;

    private static string T(string culture, string uk, string en) => E.Encode(culture == "uk" ? uk : en);
}
