using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Placement;
using SisterCities.Cms.Forms.Rendering;
using SisterCities.Cms.Forms.Submissions;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Api;

/// <summary>
/// The HTML form round trip, usable without JavaScript: GET shows the first step; POST moves between pages
/// (answers carried in the protected state) and submits on the last one. Guards: antiforgery, honeypot,
/// minimum fill time, rate limits, and the one-time token against replays.
/// </summary>
public static class FormPageEndpoints
{
    public static IEndpointRouteBuilder MapFormPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/forms").WithTags("Forms").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/{key:guid}", ShowAsync);
        group.MapPost("/{key:guid}/submit", PostAsync).AddEndpointFilter(FormRateLimits.Filter).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, Guid key, string? culture, FormDefinitionReader reader, FormViewModelFactory views, CancellationToken cancellationToken)
    {
        var form = await reader.FindAsync(key, null, cancellationToken);
        if (form is null || !FormDefinitionReader.ServesSite(form.Form, http.GetSite()?.Id))
        {
            return TypedResults.NotFound();
        }

        var state = views.NewState(form, CultureOf(http, culture));
        return Page(form, state.Culture, FormHtmlWriter.Render(views.Create(http, form, state)), StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostAsync(
        HttpContext http, Guid key, IAntiforgery antiforgery, FormStateProtector protector, FormDefinitionReader reader,
        FormViewModelFactory views, FormSubmissionService submissions, IOptions<FormsOptions> options, TimeProvider clock,
        PlacedFormPage placed, CancellationToken cancellationToken)
    {
        var result = await HandlePostAsync(http, key, antiforgery, protector, reader, views, submissions, options, clock, cancellationToken);
        // A form placed on a content page answers with that page (errors or thanks where the form was).
        if (result is FormAnswer { State.ReturnPath: { } returnPath } answer
            && await placed.RenderAsync(http, returnPath, key, answer.Body, answer.Status, cancellationToken) is { } page)
        {
            return page;
        }

        return result;
    }

    private static async Task<IResult> HandlePostAsync(
        HttpContext http, Guid key, IAntiforgery antiforgery, FormStateProtector protector, FormDefinitionReader reader,
        FormViewModelFactory views, FormSubmissionService submissions, IOptions<FormsOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = o.MaxRequestBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Post the form as multipart/form-data or urlencoded.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form's security token is missing or invalid; reload the page.");
        }

        var posted = await http.Request.ReadFormAsync(cancellationToken);
        var state = protector.Unprotect(posted[FormStateProtector.FieldName]);
        var now = clock.GetUtcNow();
        if (state is null || state.FormKey != key || now - state.IssuedAt > TimeSpan.FromHours(o.TokenLifetimeHours))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "This form has expired; reload the page and fill it in again.");
        }

        var form = await reader.FindAsync(key, state.Version, cancellationToken);
        var site = http.GetSite();
        if (form is null || !FormDefinitionReader.ServesSite(form.Form, site?.Id))
        {
            return TypedResults.NotFound();
        }

        var schema = form.Version.Schema;
        if (!string.IsNullOrEmpty(posted[FormHtmlWriter.HoneypotField]))
        {
            // Answer a bot as if it succeeded, so it learns nothing; nothing is stored.
            return Answer(form, state, FormDocument.Message(schema.SuccessMessage.In(state.Culture)), StatusCodes.Status200OK);
        }

        var values = new Dictionary<string, IReadOnlyList<string>>(state.Values, StringComparer.Ordinal);
        if (state.Page < schema.Pages.Count)
        {
            foreach (var field in schema.Pages[state.Page].Fields.Where(f => f.TakesValue && f.Type != FieldType.FileUpload))
            {
                var given = posted[field.Alias].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
                if (given.Count > 0)
                {
                    values[field.Alias] = given;
                }
                else
                {
                    values.Remove(field.Alias);
                }
            }
        }

        state = state with { Values = values };
        var lastPage = schema.Pages.Count - 1 + (schema.ShowSummaryPage ? 1 : 0);
        switch (posted[FormHtmlWriter.ActionField].ToString())
        {
            case "back":
                return Step(http, views, form, state with { Page = Math.Max(0, state.Page - 1) }, null, null, StatusCodes.Status200OK);
            case "next" when state.Page < lastPage:
                if (state.Page < schema.Pages.Count)
                {
                    var check = FormValidator.Validate(schema, state.Culture, values, onlyPage: state.Page);
                    if (!check.IsValid)
                    {
                        return Step(http, views, form, state, check.Errors, null, StatusCodes.Status422UnprocessableEntity);
                    }
                }

                return Step(http, views, form, state with { Page = state.Page + 1 }, null, null, StatusCodes.Status200OK);
        }

        if (now - state.IssuedAt < TimeSpan.FromSeconds(o.MinimumFillSeconds))
        {
            var tooQuick = state.Culture == "uk" ? "Форму надіслано надто швидко. Перевірте відповіді й надішліть ще раз." : "The form was sent too quickly. Check your answers and send it again.";
            return Step(http, views, form, state, null, tooQuick, StatusCodes.Status422UnprocessableEntity);
        }

        var files = posted.Files.Where(f => f.Length > 0)
            .Select(f => new UploadedFile(f.Name, f.FileName, f.Length, f.OpenReadStream)).ToList();
        var outcome = await submissions.SubmitAsync(
            new FormSubmission(key, state.Version, state.Culture, site, values, files, http.Connection.RemoteIpAddress, state.Token), cancellationToken);
        return outcome switch
        {
            SubmissionOutcome.Accepted accepted => Answer(form, state, FormDocument.Message(accepted.Message), StatusCodes.Status200OK),
            SubmissionOutcome.Invalid invalid => Step(
                http, views, form, state with { Page = FirstPageWithError(schema, invalid.Errors) }, invalid.Errors, null, StatusCodes.Status422UnprocessableEntity),
            SubmissionOutcome.Replayed => Answer(
                form, state,
                FormDocument.Message(state.Culture == "uk" ? "Цю форму вже надіслано; повторно її не збережено." : "This form was already sent; it was not stored again."),
                StatusCodes.Status409Conflict),
            _ => TypedResults.NotFound(),
        };
    }

    private static int FirstPageWithError(FormSchema schema, IReadOnlyDictionary<string, string[]> errors)
    {
        for (var i = 0; i < schema.Pages.Count; i++)
        {
            if (schema.Pages[i].Fields.Any(f => errors.ContainsKey(f.Alias)))
            {
                return i;
            }
        }

        return 0;
    }

    private static IResult Step(
        HttpContext http, FormViewModelFactory views, LoadedForm form, FormState state, IReadOnlyDictionary<string, string[]>? errors, string? formError, int status) =>
        Answer(form, state, FormHtmlWriter.Render(views.Create(http, form, state, errors, formError)), status);

    private static FormAnswer Answer(LoadedForm form, FormState state, string body, int status) =>
        new(state, body, status, Page(form, state.Culture, body, status));

    /// <summary>The plain-page answer to a post, with what a content page needs to show the same body in the form's place.</summary>
    private sealed record FormAnswer(FormState State, string Body, int Status, IResult Plain) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => Plain.ExecuteAsync(httpContext);
    }

    private static IResult Page(LoadedForm form, string culture, string body, int status) =>
        TypedResults.Content(FormDocument.Wrap(form.Form.Name, culture, body), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    private static string CultureOf(HttpContext http, string? requested) =>
        requested is "uk" or "en" ? requested : http.GetSite()?.DefaultCulture ?? "uk";
}
