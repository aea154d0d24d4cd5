namespace SisterCities.Cms.Workflow;

/// <summary>How a workflow step ended; the backoffice maps it to 200/303, 403, 404, 409 or 422.</summary>
public sealed record WorkflowOutcome(WorkflowStatus Status, string? Message = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static readonly WorkflowOutcome Done = new(WorkflowStatus.Done);
    public static readonly WorkflowOutcome Forbidden = new(WorkflowStatus.Forbidden, "You do not have the role this needs on this site.");
    public static readonly WorkflowOutcome NotFound = new(WorkflowStatus.NotFound, "No such item.");

    public bool Succeeded => Status == WorkflowStatus.Done;

    public static WorkflowOutcome Conflict(string message) => new(WorkflowStatus.Conflict, message);

    public static WorkflowOutcome Invalid(string message, IReadOnlyDictionary<string, string[]>? errors = null) => new(WorkflowStatus.Invalid, message, errors);
}

public enum WorkflowStatus
{
    Done,
    Forbidden,
    NotFound,
    Conflict,
    Invalid,
}
