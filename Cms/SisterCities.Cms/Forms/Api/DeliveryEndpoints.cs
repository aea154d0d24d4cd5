using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Submissions;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Api;

/// <summary>
/// Headless forms in Umbraco Forms' Delivery API shape, so front ends written for it work here:
/// <c>GET /umbraco/forms/delivery/api/v1/definitions/{id}</c> and <c>POST /umbraco/forms/delivery/api/v1/entries/{id}</c>
/// (202 on success, 422 with errors keyed by field alias). Headless posts carry no files (use the HTML form for uploads).
/// </summary>
public static class DeliveryEndpoints
{
    public const string Prefix = "/umbraco/forms/delivery/api/v1";

    public static IEndpointRouteBuilder MapFormsDelivery(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Forms").AllowAnonymous();
        group.MapGet("/definitions/{id:guid}", GetDefinitionAsync)
            .WithSummary("A form definition: pages, fields, validation and conditions, in the requested culture.")
            .Produces<FormDefinitionDto>().Produces(StatusCodes.Status404NotFound);
        group.MapPost("/entries/{id:guid}", PostEntryAsync)
            .WithSummary("Submits an entry; 202 when stored, 422 with errors keyed by field alias.")
            .Accepts<EntryRequestDto>("application/json")
            .AddEndpointFilter(FormRateLimits.Filter)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<Ok<FormDefinitionDto>, NotFound>> GetDefinitionAsync(
        HttpContext http, Guid id, string? culture, FormDefinitionReader reader, CancellationToken cancellationToken)
    {
        var form = await reader.FindAsync(id, null, cancellationToken);
        if (form is null || !FormDefinitionReader.ServesSite(form.Form, http.GetSite()?.Id))
        {
            return TypedResults.NotFound();
        }

        var c = culture is "uk" or "en" ? culture : http.GetSite()?.DefaultCulture ?? "uk";
        var s = form.Version.Schema;
        return TypedResults.Ok(new FormDefinitionDto(
            form.Form.Key, form.Form.Name, form.Version.Number, c, s.SubmitLabel.In(c), s.SuccessMessage.In(c), true, s.ShowSummaryPage,
            s.ConsentText?.In(c),
            s.Pages.Select(p => new FormPageDto(p.Caption.In(c), [new FormFieldsetDto(null, [new FormColumnDto(null, 12, p.Fields.Select(f => Field(f, c)).ToList())])])).ToList()));
    }

    private static async Task<Results<Accepted<EntryAcceptedDto>, NotFound, JsonHttpResult<HttpValidationProblemDetails>, Conflict>> PostEntryAsync(
        HttpContext http, Guid id, EntryRequestDto request, FormSubmissionService submissions, CancellationToken cancellationToken)
    {
        var site = http.GetSite();
        var values = (request.Values ?? []).ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value.Where(x => x is not null).ToList(), StringComparer.Ordinal);
        var outcome = await submissions.SubmitAsync(
            new FormSubmission(id, null, request.Culture ?? site?.DefaultCulture ?? "uk", site, values, [], http.Connection.RemoteIpAddress, null),
            cancellationToken);
        return outcome switch
        {
            SubmissionOutcome.Accepted a => TypedResults.Accepted((string?)null, new EntryAcceptedDto(a.EntryId, a.Message)),
            SubmissionOutcome.Invalid invalid => ValidationFailed(invalid.Errors),
            SubmissionOutcome.Replayed => TypedResults.Conflict(),
            _ => TypedResults.NotFound(),
        };
    }

    public static JsonHttpResult<HttpValidationProblemDetails> ValidationFailed(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Json(
            new HttpValidationProblemDetails(errors.ToDictionary()) { Status = StatusCodes.Status422UnprocessableEntity, Title = "One or more fields are not valid." },
            statusCode: StatusCodes.Status422UnprocessableEntity,
            contentType: "application/problem+json");

    private static FormFieldDto Field(FormField f, string c)
    {
        var v = f.Validation;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string name, object? value)
        {
            if (value is not null)
            {
                settings[name] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            }
        }

        Set("minLength", v.MinLength);
        Set("maxLength", v.MaxLength);
        Set("min", v.Min);
        Set("max", v.Max);
        Set("minDate", v.MinDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set("maxDate", v.MaxDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set("allowedFileTypes", v.AllowedFileTypes is null ? null : string.Join(',', v.AllowedFileTypes));
        Set("maxFileBytes", v.MaxFileBytes);
        Set("text", f.Text?.In(c));
        Set("defaultValue", f.DefaultValue);
        var label = f.Label.In(c);
        return new FormFieldDto(
            f.Alias, f.Alias, label, f.Help?.In(c), f.Placeholder?.In(c), v.Required,
            c == "uk" ? $"Заповніть поле «{label}»." : $"Please fill in “{label}”.",
            v.Pattern, v.PatternMessage?.In(c), new FormFieldTypeDto(f.Type.ToString(), f.Type.ToString()),
            f.Options.Select(o => new FormPrevalueDto(o.Value, o.Label.In(c))).ToList(),
            f.Condition is { } cond
                ? new FormConditionDto(cond.Action.ToString(), cond.Logic.ToString(), cond.Rules.Select(r => new FormConditionRuleDto(r.Field, r.Operator.ToString(), r.Value)).ToList())
                : null,
            settings);
    }
}
