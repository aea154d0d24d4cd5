using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Rendering;

/// <summary>Builds the view model of a form step for a request: fresh state for a first view, or the posted state.</summary>
public sealed class FormViewModelFactory(IAntiforgery antiforgery, FormStateProtector protector, TimeProvider clock)
{
    public const string SubmitPathFormat = "/forms/{0}/submit";

    public FormState NewState(LoadedForm form, string culture) =>
        new(form.Form.Key, form.Version.Number, Guid.NewGuid(), clock.GetUtcNow(), 0, culture, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    public FormViewModel Create(
        HttpContext http, LoadedForm form, FormState state, IReadOnlyDictionary<string, string[]>? errors = null, string? formError = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new FormViewModel
        {
            FormKey = form.Form.Key,
            Name = form.Form.Name,
            Culture = state.Culture,
            Action = http.Request.PathBase + string.Format(System.Globalization.CultureInfo.InvariantCulture, SubmitPathFormat, form.Form.Key)
                + (state.ReturnPath is null ? "" : "#" + Placement.PlacedForms.AnchorId),
            Schema = form.Version.Schema,
            Page = state.Page,
            Visible = FormConditions.VisibleFields(form.Version.Schema, state.Values),
            Values = state.Values,
            Errors = errors ?? new Dictionary<string, string[]>(),
            FormError = formError,
            SealedState = protector.Protect(state),
            AntiforgeryFieldName = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken ?? "",
        };
    }
}
