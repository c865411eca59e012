using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Acs.Core;
using Acs.Core.Persistence;
using Acs.Core.Tasks;
using Acs.Host.Api.Devices;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host.Api.Tasks;

/// <summary>Bulk tasks: one task for every device a filter selects, tracked as a batch; and the faults list.</summary>
public static class BatchesApi
{
    // Devices are read and tasks written in chunks so a bulk task over a million devices never holds them all.
    private const int Chunk = 500;

    public sealed record BulkResult(string BatchId, int Queued);

    public sealed record BatchView(string Id, int Total, IReadOnlyDictionary<string, int> Counts);

    public static RouteGroupBuilder MapBatchesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/tasks", BulkAsync).RequireAuthorization(ApiPolicies.Write).WithTags("Tasks").Produces<BulkResult>(StatusCodes.Status201Created)
            .WithSummary("Queues the same task for every device a filter selects: {\"filter\": {serialNumber, oui, productClass, softwareVersion, tag, lastInformBefore, lastInformAfter, q, parameter, value}, \"task\": {...}}.");
        api.MapGet("/batches/{id}", BatchAsync).WithTags("Tasks").Produces<BatchView>();
        api.MapGet("/faults", FaultsAsync).WithTags("Tasks").Produces<Page<FaultView>>()
            .WithSummary("Faults of tasks (source=tasks, the default; code is the CWMP fault code) or of devices (source=devices, e.g. code=connectionRequest.unreachable), by device and code.");
        return api;
    }

    private static async Task<IResult> BulkAsync(HttpRequest request, ClaimsPrincipal user, IDbContextFactory<AcsDbContext> dbFactory, IFileLocator files, TimeProvider clock, CancellationToken ct)
    {
        var (body, invalid) = await JsonBody.ReadAsync(request, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("task", out var taskBody))
        {
            return Problems.Invalid("task", "is required");
        }

        DeviceFilter filter;
        try
        {
            filter = body.TryGetProperty("filter", out var filterBody) && filterBody.ValueKind != JsonValueKind.Null
                ? filterBody.Deserialize<DeviceFilter>(JsonSerializerOptions.Web) ?? new DeviceFilter()
                : new DeviceFilter();
        }
        catch (JsonException)
        {
            return Problems.Invalid("filter", "must be an object of string members");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (task, error) = TaskRequest.Read(taskBody, now, files, "task.");
        if (error is not null)
        {
            return Problems.Invalid(error.Field, error.Message);
        }

        var arguments = TaskArguments.Validate(task!.Kind, task.Arguments, files).Arguments!;
        var batchId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (query, field, message) = filter.Apply(db);
        if (query is null)
        {
            return Problems.Invalid("filter." + field, message!);
        }

        var queued = 0;
        var after = "";
        while (true)
        {
            var ids = await query.Where(d => string.Compare(d.Id, after) > 0).OrderBy(d => d.Id).Select(d => d.Id).Take(Chunk).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }

            var tasks = ids.Select(id => new DeviceTask
            {
                DeviceId = id,
                Kind = task.Kind,
                Arguments = arguments.ToJsonString(),
                State = TaskState.Pending,
                CreatedAt = now,
                ExpiresAt = task.ExpiresAt,
                QueuedBy = user.Identity?.Name,
                BatchId = batchId,
            }).ToList();
            db.Tasks.AddRange(tasks);
            await db.SaveChangesAsync(ct);
            // As for single tasks: a key per task so completion reports match the right one.
            if (tasks.Select(TaskKeys.Assign).ToList().Contains(true))
            {
                await db.SaveChangesAsync(ct);
            }

            db.ChangeTracker.Clear();
            queued += ids.Count;
            after = ids[^1];
        }

        return TypedResults.Created($"/api/v1/batches/{batchId}", new BulkResult(batchId, queued));
    }

    private static async Task<IResult> BatchAsync(string id, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Tasks.Where(t => t.BatchId == id).GroupBy(t => t.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        if (counts.Count == 0)
        {
            return Problems.NotFound($"Batch {id}");
        }

        var byState = Enum.GetValues<TaskState>().ToDictionary(TaskView.StatusName, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
        return TypedResults.Ok(new BatchView(id, counts.Sum(c => c.Count), byState));
    }

    private static async Task<IResult> FaultsAsync(
        string? source, string? deviceId, string? code, int? limit, string? cursor, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct)
    {
        var invalid = Cursor.Check(limit, cursor, Cursor.TryDecode(cursor, out long after), out var take);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        List<FaultView> page;
        switch (source ?? "tasks")
        {
            case "tasks":
                var tasks = db.Tasks.AsNoTracking().Where(t => t.State == TaskState.Faulted && t.Id > after);
                tasks = deviceId is null ? tasks : tasks.Where(t => t.DeviceId == deviceId);
                if (code is not null)
                {
                    if (!uint.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        return Problems.Invalid("code", "must be a CWMP fault code (a number) for task faults");
                    }

                    tasks = tasks.Where(t => t.FaultCode == number);
                }

                page = [.. (await tasks.OrderBy(t => t.Id).Take(take + 1).ToListAsync(ct)).Select(FaultView.Of)];
                break;
            case "devices":
                var faults = db.DeviceFaults.AsNoTracking().Where(f => f.Id > after);
                faults = deviceId is null ? faults : faults.Where(f => f.DeviceId == deviceId);
                faults = code is null ? faults : faults.Where(f => f.Code == code);
                page = [.. (await faults.OrderBy(f => f.Id).Take(take + 1).ToListAsync(ct)).Select(FaultView.Of)];
                break;
            default:
                return Problems.Invalid("source", "must be tasks or devices");
        }

        var more = page.Count > take;
        if (more)
        {
            page.RemoveAt(take);
        }

        return TypedResults.Ok(new Page<FaultView>(page, more ? Cursor.Encode(page[^1].Id) : null));
    }
}
