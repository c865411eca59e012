using System.Collections.Concurrent;

namespace Acs.Core.Tasks;

/// <summary>
/// In-process notifications of task state changes, so an API call can wait for its task to finish
/// without polling the database. Signals are hints: waiters re-read the task after waking.
/// </summary>
public sealed class TaskSignals
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> waiters = new();

    public Task WhenChanged(long taskId) =>
        waiters.GetOrAdd(taskId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Changed(long taskId)
    {
        if (waiters.TryRemove(taskId, out var source))
        {
            source.TrySetResult();
        }
    }
}
