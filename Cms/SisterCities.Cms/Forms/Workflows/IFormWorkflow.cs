using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>One kind of thing done with an entry after it is stored. Runs at least once; must tolerate a repeat.</summary>
public interface IFormWorkflow
{
    WorkflowKind Kind { get; }

    /// <summary>True when the workflow only writes to the database, so its work and the job's completion can share a transaction (exactly once).</summary>
    bool WritesOnlyToDatabase { get; }

    Task<WorkflowResult> RunAsync(WorkflowContext context, CancellationToken cancellationToken);
}

/// <summary>What a workflow gets: the job, the entry with its decoded values, and the form version the entry answered.</summary>
public sealed record WorkflowContext(
    FormWorkflowJob Job,
    FormEntry Entry,
    FormDefinition Form,
    FormSchema Schema,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values);

/// <summary>The outcome of one attempt: done, try again later, or give up now (a retry cannot help).</summary>
public sealed record WorkflowResult(bool Succeeded, bool Retry, string Message)
{
    public static WorkflowResult Done(string message) => new(true, false, message);

    public static WorkflowResult TryAgain(string message) => new(false, true, message);

    public static WorkflowResult GiveUp(string message) => new(false, false, message);
}
