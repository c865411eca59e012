using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Acs.Host.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Api;

public sealed class WebhooksApiTests
{
    private const string Secret = "a-webhook-secret-of-some-length";

    [Fact]
    public async Task Webhooks_arrive_signed_and_are_retried_with_back_off_when_the_receiver_fails()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingletonTimeProvider(clock));
        await using var receiver = await WebhookReceiver.StartAsync(500);
        using var api = server.Api();
        using var created = await api.PostAsync("/api/v1/webhooks",
            Body($$"""{"url":"{{receiver.Url}}","events":["device.registered"],"secret":"{{Secret}}"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var hookId = (await created.JsonAsync()).GetProperty("id").GetString();
        var phone = Devices.Phone(server);

        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var first = await receiver.Hits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(500, first.AnsweredWith);
        var recorded = await DeliveryAsync(api, hookId!, d => d.GetProperty("lastStatusCode").ValueKind == JsonValueKind.Number);
        Assert.Equal("pending", recorded.GetProperty("state").GetString());
        clock.Advance(TimeSpan.FromSeconds(10));
        var second = await receiver.Hits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, second.AnsweredWith);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.EventId, second.EventId);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(second.Body)));
        Assert.Equal(expected, second.Signature);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), second.Timestamp);
        using var payload = JsonDocument.Parse(second.Body);
        Assert.Equal("device.registered", payload.RootElement.GetProperty("type").GetString());
        Assert.Equal(Devices.IdOf(phone), payload.RootElement.GetProperty("deviceId").GetString());
        var delivered = await DeliveryAsync(api, hookId!, d => d.GetProperty("state").GetString() == "delivered");
        Assert.Equal(2, delivered.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Webhooks_are_admin_only_and_the_secret_is_shown_once()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var admin = server.Api();
        using var created = await admin.PostAsync("/api/v1/webhooks", Body("""{"url":"http://127.0.0.1:9/hook","events":["task.done"]}"""));
        var secret = (await created.JsonAsync()).GetProperty("secret").GetString()!;

        var listed = await admin.GetStringAsync("/api/v1/webhooks");
        using var badEvent = await admin.PostAsync("/api/v1/webhooks", Body("""{"url":"http://127.0.0.1:9/hook","events":["device.exploded"]}"""));

        Assert.Equal(64, secret.Length);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.True((await badEvent.JsonAsync()).GetProperty("errors").TryGetProperty("events", out _));
    }

    // The dispatcher records an attempt just after the receiver answered: read the log until it shows it.
    private static async Task<JsonElement> DeliveryAsync(HttpClient api, string hookId, Func<JsonElement, bool> condition)
    {
        for (var i = 0; i < 1000; i++)
        {
            var page = await api.GetJsonAsync($"/api/v1/webhooks/{hookId}/deliveries");
            if (page.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } delivery && condition(delivery))
            {
                return delivery;
            }
        }

        throw new TimeoutException("the delivery log never showed the expected state");
    }
}
