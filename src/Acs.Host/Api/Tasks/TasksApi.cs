using System.Security.Claims;
using Acs.Core.ConnectionRequests;
using Acs.Core.Persistence;
using Acs.Core.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host.Api.Tasks;

/// <summary>Tasks of one device: queue (optionally waking the device and waiting), read, list, cancel, retry.</summary>
public static class TasksApi
{
    private const int MaxWaitSeconds = 300;

    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        api.MapPost("/devices/{id}/tasks", QueueAsync).RequireAuthorization(ApiPolicies.Write).WithTags("Tasks")
            .Produces<TaskView>(StatusCodes.Status201Created).Produces<TaskView>().Produces<TaskView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("Queues one task: a JSON object with \"name\" (getRPCMethods, getParameterNames, getParameterValues, setParameterValues, getParameterAttributes, setParameterAttributes, addObject, deleteObject, reboot, factoryReset, download, upload, scheduleInform), its arguments as sibling members and an optional \"expiry\" (seconds or ISO 8601 time). connectionRequest=true wakes the device (504 when it cannot be reached; the task stays queued); timeout=SECONDS waits: 200 finished, 202 still open. Without waiting: 201.");
        api.MapGet("/devices/{id}/tasks", DeviceTasksAsync).WithTags("Tasks").Produces<Page<TaskView>>();

        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", ListAsync).Produces<Page<TaskView>>()
            .WithSummary("Tasks by status (pending, sent, inProgress, done, faulted, expired, cancelled), device or batch, in id order.");
        tasks.MapGet("/{id:long}", async (long id, TaskQueue queue, CancellationToken ct) =>
            await queue.GetAsync(id, ct) is { } task ? TypedResults.Ok(TaskView.Of(task)) : Problems.NotFound($"Task {id}"));
        tasks.MapDelete("/{id:long}", async (long id, TaskQueue queue, CancellationToken ct) =>
        {
            var (task, changed) = await queue.CancelAsync(id, ct);
            return task is null ? Problems.NotFound($"Task {id}")
                : changed ? TypedResults.Ok(TaskView.Of(task))
                : Problems.Conflict($"Task {id} is already {TaskView.StatusName(task.State)}.");
        }).RequireAuthorization(ApiPolicies.Write);
        tasks.MapPost("/{id:long}/retry", async (long id, TaskQueue queue, CancellationToken ct) =>
        {
            var (task, changed) = await queue.RetryAsync(id, ct);
            return task is null ? Problems.NotFound($"Task {id}")
                : changed ? TypedResults.Ok(TaskView.Of(task))
                : Problems.Conflict($"Task {id} is {TaskView.StatusName(task.State)}; only faulted, expired or cancelled tasks are retried.");
        }).RequireAuthorization(ApiPolicies.Write);
        return api;
    }

    private static async Task<IResult> QueueAsync(
        string id, bool? connectionRequest, int? timeout, HttpRequest request, ClaimsPrincipal user,
        TaskQueue queue, Acs.Core.ConnectionRequests.DeviceWaker wake, IDbContextFactory<AcsDbContext> dbFactory, Acs.Core.IFileLocator files, TimeProvider clock, CancellationToken ct)
    {
        if (timeout is < 0 or > MaxWaitSeconds)
        {
            return Problems.Invalid("timeout", $"must be between 0 and {MaxWaitSeconds} seconds");
        }

        var (body, invalid) = await JsonBody.ReadAsync(request, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var (task, error) = TaskRequest.Read(body, clock.GetUtcNow().UtcDateTime, files);
        if (error is not null)
        {
            return Problems.Invalid(error.Field, error.Message);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.Devices.AnyAsync(d => d.Id == id, ct))
            {
                return Problems.NotFound($"Device {id}");
            }
        }

        var (queued, refused) = await queue.EnqueueAsync(new TaskQueue.QueueRequest(id, task!.Kind, task.Arguments, task.ExpiresAt, user.Identity?.Name), ct);
        if (refused is not null)
        {
            return refused.Field == "deviceId" ? Problems.NotFound($"Device {id}") : Problems.Invalid(refused.Field, refused.Message);
        }

        var location = $"/api/v1/tasks/{queued!.Id}";
        if (connectionRequest == true)
        {
            var outcome = await wake.WakeAsync(id, ct);
            if (outcome != ConnectionRequestResult.Accepted)
            {
                return TypedResults.Problem(
                    detail: $"The connection request failed ({outcome}); the task stays queued for the device's next session.",
                    statusCode: StatusCodes.Status504GatewayTimeout,
                    title: "Device not reachable",
                    extensions: new Dictionary<string, object?> { ["taskId"] = queued.Id, ["connectionRequest"] = outcome.ToString() });
            }
        }

        if (timeout is > 0)
        {
            var finished = await queue.WaitAsync(queued.Id, TimeSpan.FromSeconds(timeout.Value), ct) ?? queued;
            return finished.IsOpen ? TypedResults.Accepted(location, TaskView.Of(finished)) : TypedResults.Ok(TaskView.Of(finished));
        }

        return TypedResults.Created(location, TaskView.Of(queued));
    }

    private static async Task<IResult> DeviceTasksAsync(string id, int? limit, string? cursor, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Devices.AnyAsync(d => d.Id == id, ct))
        {
            return Problems.NotFound($"Device {id}");
        }

        return await PageAsync(db.Tasks.Where(t => t.DeviceId == id), limit, cursor, ct);
    }

    private static async Task<IResult> ListAsync(string? status, string? deviceId, string? batchId, int? limit, string? cursor, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Tasks.AsQueryable();
        if (status is not null)
        {
            var state = Enum.GetValues<TaskState>().Where(s => TaskView.StatusName(s) == status).Select(s => (TaskState?)s).FirstOrDefault();
            if (state is null)
            {
                return Problems.Invalid("status", "must be one of " + string.Join(", ", Enum.GetValues<TaskState>().Select(TaskView.StatusName)));
            }

            query = query.Where(t => t.State == state);
        }

        if (deviceId is not null)
        {
            query = query.Where(t => t.DeviceId == deviceId);
        }

        if (batchId is not null)
        {
            query = query.Where(t => t.BatchId == batchId);
        }

        return await PageAsync(query, limit, cursor, ct);
    }

    /// <summary>Keyset page over task ids (each filter has an index ending in Id).</summary>
    internal static async Task<IResult> PageAsync(IQueryable<DeviceTask> query, int? limit, string? cursor, CancellationToken ct)
    {
        var invalid = Cursor.Check(limit, cursor, Cursor.TryDecode(cursor, out long after), out var take);
        if (invalid is not null)
        {
            return invalid;
        }

        var page = await query.AsNoTracking().Where(t => t.Id > after).OrderBy(t => t.Id).Take(take + 1).ToListAsync(ct);
        var more = page.Count > take;
        if (more)
        {
            page.RemoveAt(take);
        }

        return TypedResults.Ok(new Page<TaskView>([.. page.Select(TaskView.Of)], more ? Cursor.Encode(page[^1].Id) : null));
    }
}
