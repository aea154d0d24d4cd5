namespace SisterCities.Cms.Forms.Submissions;

/// <summary>What became of a submission; each endpoint maps it to its own response shape.</summary>
public abstract record SubmissionOutcome
{
    public sealed record Accepted(Guid EntryId, string Message) : SubmissionOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : SubmissionOutcome;

    public sealed record NotFound : SubmissionOutcome;

    /// <summary>The one-time token was used before: the first entry stands, no second one is made.</summary>
    public sealed record Replayed : SubmissionOutcome;
}
