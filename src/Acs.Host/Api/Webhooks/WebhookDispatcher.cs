using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Acs.Core.Events;
using Acs.Core.Persistence;
using Acs.Core.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acs.Host.Api.Webhooks;

/// <summary>
/// Turns events into persisted deliveries (one per subscribed webhook) and sends them: JSON, signed with
/// HMAC-SHA256 of the body under the webhook's secret, retried with exponential back-off on the injected clock.
/// </summary>
public sealed class WebhookDispatcher(
    WebhookSink sink,
    IDbContextFactory<AcsDbContext> dbFactory,
    IHttpClientFactory httpFactory,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    Acs.Core.Observability.AcsMetrics metrics,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";
    private const int Batch = 50;
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(IntakeAsync(stoppingToken), DeliverLoopAsync(stoppingToken));

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private async Task IntakeAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var e in sink.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await RecordAsync(e, ct);
                    wake.Writer.TryWrite(true);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // One unrecordable event must not stop webhooks (nor, through the host, the ACS).
                    logger.LogError(failure, "Could not record webhook deliveries for {Type} of {Device}", e.Type, e.DeviceId);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task RecordAsync(AcsEvent e, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hooks = await db.Webhooks.AsNoTracking().ToListAsync(ct);
        var eventId = Guid.NewGuid().ToString("N");
        var payload = JsonSerializer.Serialize(
            new { id = eventId, type = e.Type, deviceId = e.DeviceId, at = e.At, taskId = e.TaskId, parameters = e.Parameters },
            JsonSerializerOptions.Web);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var hook in hooks.Where(h => h.Events.Length == 0 || h.Events.Split(',').Contains(e.Type)))
        {
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                WebhookId = hook.Id, EventId = eventId, EventType = e.Type, Payload = payload,
                State = DeliveryState.Pending, CreatedAt = now, NextAttemptAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task DeliverLoopAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                DateTime? next;
                try
                {
                    next = await DeliverDueAsync(ct);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    logger.LogError(failure, "Webhook delivery failed; trying again later");
                    next = clock.GetUtcNow().UtcDateTime + options.Value.FirstRetryDelay;
                }

                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var woken = wake.Reader.WaitToReadAsync(waiting.Token).AsTask();
                var timer = next is { } due
                    ? Task.Delay(Max(due - clock.GetUtcNow().UtcDateTime, TimeSpan.Zero), clock, waiting.Token)
                    : Task.Delay(Timeout.InfiniteTimeSpan, waiting.Token);
                await Task.WhenAny(woken, timer);
                await waiting.CancelAsync();
                wake.Reader.TryRead(out _);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    // Sends what is due; returns when the next pending delivery falls due (null: none pending).
    private async Task<DateTime?> DeliverDueAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.WebhookDeliveries
                .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(Batch).ToListAsync(ct);
            if (due.Count == 0)
            {
                return await db.WebhookDeliveries.Where(d => d.State == DeliveryState.Pending)
                    .OrderBy(d => d.NextAttemptAt).Select(d => (DateTime?)d.NextAttemptAt).FirstOrDefaultAsync(ct);
            }

            var hookIds = due.Select(d => d.WebhookId).Distinct().ToList();
            var hooks = await db.Webhooks.AsNoTracking().Where(h => hookIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
            foreach (var delivery in due)
            {
                if (hooks.TryGetValue(delivery.WebhookId, out var hook))
                {
                    await AttemptAsync(hook, delivery, ct);
                }
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private async Task AttemptAsync(Webhook hook, WebhookDelivery delivery, CancellationToken ct)
    {
        var settings = options.Value;
        delivery.Attempts++;
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Acs-Signature", Sign(hook.Secret, delivery.Payload));
        request.Headers.Add("X-Acs-Event", delivery.EventType);
        request.Headers.Add("X-Acs-Event-Id", delivery.EventId);
        request.Headers.Add("X-Acs-Timestamp", clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var timeout = new CancellationTokenSource(settings.Timeout);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, linked.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            delivery.LastError = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            delivery.LastStatusCode = null;
            delivery.LastError = e is OperationCanceledException ? "timeout" : e.Message;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (delivery.LastError is null)
        {
            delivery.State = DeliveryState.Delivered;
            delivery.DeliveredAt = now;
            metrics.WebhookDelivery("delivered");
        }
        else if (delivery.Attempts >= settings.MaxAttempts)
        {
            delivery.State = DeliveryState.Failed;
            metrics.WebhookDelivery("failed");
            logger.LogWarning("Webhook {Webhook} delivery {Delivery} failed after {Attempts} attempts: {Error}", hook.Id, delivery.Id, delivery.Attempts, delivery.LastError);
        }
        else
        {
            delivery.NextAttemptAt = now + settings.RetryDelay(delivery.Attempts);
            metrics.WebhookDelivery("retry");
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
