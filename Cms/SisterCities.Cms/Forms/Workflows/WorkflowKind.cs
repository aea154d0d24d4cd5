namespace SisterCities.Cms.Forms.Workflows;

/// <summary>What a workflow job does with an entry.</summary>
public enum WorkflowKind
{
    Email,
    Webhook,
    DraftContent,
}

public enum WorkflowJobState
{
    Pending,
    Done,

    /// <summary>Gave up after the last attempt, or failed in a way a retry cannot fix; the entry stays.</summary>
    Failed,
}
