using System.Text.Json;
using Acs.Core.Tasks;

namespace Acs.Host.Tests.Infrastructure;

public static class TaskQueueExtensions
{
    /// <summary>Queues a task from JSON arguments and fails the test if it was refused.</summary>
    public static async Task<DeviceTask> QueueAsync(this TaskQueue queue, string deviceId, TaskKind kind, string arguments = "{}", DateTime? expiresAt = null)
    {
        using var json = JsonDocument.Parse(arguments);
        var (task, error) = await queue.EnqueueAsync(new TaskQueue.QueueRequest(deviceId, kind, json.RootElement.Clone(), expiresAt));
        Assert.Null(error);
        return task!;
    }

    public static async Task<DeviceTask> StateOfAsync(this TaskQueue queue, DeviceTask task) =>
        await queue.GetAsync(task.Id) ?? throw new InvalidOperationException($"task {task.Id} vanished");
}
