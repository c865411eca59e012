using System.Security.Cryptography;
using Acs.Core.Events;
using Acs.Core.Persistence;
using Acs.Core.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host.Api.Webhooks;

/// <summary>Webhooks (admin only): subscribe a URL to events, list, delete, and read its delivery log.</summary>
public static class WebhooksApi
{
    public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Secret);

    public sealed record WebhookView(string Id, string Url, IReadOnlyList<string> Events, DateTime CreatedAt, string? Secret = null);

    public sealed record DeliveryView(
        long Id, string EventId, string EventType, string State, int Attempts, DateTime CreatedAt,
        DateTime NextAttemptAt, DateTime? DeliveredAt, int? LastStatusCode, string? LastError);

    public static RouteGroupBuilder MapWebhooksApi(this RouteGroupBuilder api)
    {
        var hooks = api.MapGroup("/webhooks").RequireAuthorization(ApiPolicies.Admin).WithTags("Webhooks");
        hooks.MapPost("/", CreateAsync);
        hooks.MapGet("/", async (IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var all = await db.Webhooks.AsNoTracking().OrderBy(h => h.CreatedAt).ToListAsync(ct);
            return TypedResults.Ok(new { items = all.Select(h => View(h)) });
        });
        hooks.MapDelete("/{id}", async (string id, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.WebhookDeliveries.Where(d => d.WebhookId == id).ExecuteDeleteAsync(ct);
            return await db.Webhooks.Where(h => h.Id == id).ExecuteDeleteAsync(ct) > 0 ? Results.NoContent() : Problems.NotFound($"Webhook {id}");
        });
        hooks.MapGet("/{id}/deliveries", DeliveriesAsync);
        return api;
    }

    private static async Task<IResult> CreateAsync(CreateWebhookRequest request, IDbContextFactory<AcsDbContext> dbFactory, TimeProvider clock, CancellationToken ct)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || request.Url!.Length > 2000)
        {
            return Problems.Invalid("url", "must be an absolute http or https URL");
        }

        var events = request.Events ?? [];
        if (events.Count == 0)
        {
            return Problems.Invalid("events", $"must name at least one of {string.Join(", ", AcsEventTypes.All)}");
        }

        if (events.FirstOrDefault(e => !AcsEventTypes.All.Contains(e)) is { } unknown)
        {
            return Problems.Invalid("events", $"\"{unknown}\" is not one of {string.Join(", ", AcsEventTypes.All)}");
        }

        if (request.Secret is { Length: < 16 or > 200 })
        {
            return Problems.Invalid("secret", "must be 16 to 200 characters (omit it to have one generated)");
        }

        var hook = new Webhook
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Url = url.ToString(),
            Secret = request.Secret ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            Events = string.Join(',', events.Distinct()),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Webhooks.Add(hook);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/webhooks/{hook.Id}", View(hook) with { Secret = hook.Secret });
    }

    private static async Task<IResult> DeliveriesAsync(string id, int? limit, string? cursor, IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct)
    {
        var invalid = Cursor.Check(limit, cursor, Cursor.TryDecode(cursor, out long after), out var take);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Webhooks.AnyAsync(h => h.Id == id, ct))
        {
            return Problems.NotFound($"Webhook {id}");
        }

        var page = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id && d.Id > after)
            .OrderBy(d => d.Id).Take(take + 1).ToListAsync(ct);
        var more = page.Count > take;
        if (more)
        {
            page.RemoveAt(take);
        }

        var items = page.Select(d => new DeliveryView(d.Id, d.EventId, d.EventType, d.State.ToString().ToLowerInvariant(), d.Attempts,
            d.CreatedAt, d.NextAttemptAt, d.DeliveredAt, d.LastStatusCode, d.LastError)).ToList();
        return TypedResults.Ok(new Page<DeliveryView>(items, more ? Cursor.Encode(page[^1].Id) : null));
    }

    // The secret is shown only in the answer to POST.
    private static WebhookView View(Webhook h) =>
        new(h.Id, h.Url, h.Events.Length == 0 ? [] : h.Events.Split(','), h.CreatedAt);
}
