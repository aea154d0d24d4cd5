namespace SisterCities.Cms.Forms.Api;

public sealed record FormSummaryDto(Guid Key, string Name, int? SiteId, int CurrentVersion, int Entries);

public sealed record EntrySummaryDto(Guid Id, int FormVersion, string Culture, int? SiteId, DateTimeOffset CreatedAt, bool Handled, IReadOnlyDictionary<string, IReadOnlyList<string>> Values);

public sealed record EntryFileDto(Guid Id, string FieldAlias, string FileName, string ContentType, long Length);

public sealed record WorkflowAttemptDto(string Kind, int Number, bool Succeeded, string Message, DateTimeOffset At);

public sealed record WorkflowJobDto(string Kind, string State, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);

public sealed record EntryDetailDto(
    EntrySummaryDto Entry, string? ConsentText, DateTimeOffset? ConsentAt, string? HandledBy, DateTimeOffset? HandledAt,
    IReadOnlyList<EntryFileDto> Files, IReadOnlyList<WorkflowJobDto> Jobs, IReadOnlyList<WorkflowAttemptDto> Log);

public sealed record EntryPageDto(int Total, IReadOnlyList<EntrySummaryDto> Items);

/// <summary>Creates a form (site key null: network-wide) with its first version.</summary>
public sealed record CreateFormDto(string Name, string? SiteKey, Guid? Key, Definitions.FormSchema Schema);
