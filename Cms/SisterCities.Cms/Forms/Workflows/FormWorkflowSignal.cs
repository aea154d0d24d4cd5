namespace SisterCities.Cms.Forms.Workflows;

/// <summary>Wakes the workflow runner when an entry commits, so notifications go out without waiting for the next poll.</summary>
public sealed class FormWorkflowSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up runs every due job.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _signal.WaitAsync(timeout, cancellationToken);
}
