using System.Net;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Submissions;

/// <summary>A submission as both the HTML post and the headless API hand it to <see cref="FormSubmissionService"/>.</summary>
/// <param name="Version">The version the visitor was shown (from the protected form state); null means the current one.</param>
/// <param name="SubmissionToken">The rendered form's one-time token; null for headless posts.</param>
public sealed record FormSubmission(
    Guid FormKey,
    int? Version,
    string Culture,
    SiteSummary? Site,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<UploadedFile> Files,
    IPAddress? Ip,
    Guid? SubmissionToken);

/// <summary>An uploaded file not yet stored; <see cref="Open"/> gives its bytes.</summary>
public sealed record UploadedFile(string FieldAlias, string FileName, long Length, Func<Stream> Open);
