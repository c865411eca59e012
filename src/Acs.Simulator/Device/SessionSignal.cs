namespace Acs.Simulator.Device;

/// <summary>A latch the device raises when it wants a session; raising twice before a wait still means one session.</summary>
public sealed class SessionSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsRaised
    {
        get
        {
            lock (gate)
            {
                return pending.Task.IsCompleted;
            }
        }
    }

    public void Raise()
    {
        lock (gate)
        {
            pending.TrySetResult();
        }
    }

    /// <summary>Completes once the signal is raised, and lowers it again for the next wait.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (gate)
        {
            task = pending.Task;
        }

        await task.WaitAsync(cancellationToken);
        lock (gate)
        {
            if (pending.Task.IsCompleted)
            {
                pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
