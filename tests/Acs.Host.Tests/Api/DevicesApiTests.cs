using System.Net;
using Acs.Core.Devices;
using Acs.Core.Persistence;
using Acs.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Api;

public sealed class DevicesApiTests
{
    [Fact]
    public async Task Pagination_walks_ten_thousand_devices_without_repeats_or_gaps()
    {
        await using var server = await AcsTestServer.StartAsync();
        var expected = await SeedAsync(server, 10_000, withParameters: false);
        using var api = server.Api();

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await api.GetJsonAsync("/api/v1/devices?limit=1000" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Filters_select_by_identity_tag_inform_time_substring_and_parameter_value()
    {
        await using var server = await AcsTestServer.StartAsync();
        await SeedAsync(server, 20);
        using var api = server.Api();
        var target = DeviceIdentity.From("00AABB", "HGW-1", "SN00007");
        var segment = Segment(target);
        using (var tagged = await api.PutAsync($"/api/v1/devices/{segment}/tags/lab", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, tagged.StatusCode);
        }

        Assert.Equal([target], await IdsAsync(api, "tag=lab"));
        Assert.Equal([target], await IdsAsync(api, "serialNumber=SN00007"));
        Assert.Equal([target], await IdsAsync(api, "q=N00007"));
        Assert.Equal([target], await IdsAsync(api, "parameter=Device.DeviceInfo.SerialNumber&value=SN00007"));
        Assert.Equal(20, (await IdsAsync(api, "oui=00AABB&productClass=HGW-1")).Count);
        Assert.Equal(7, (await IdsAsync(api, "lastInformBefore=2026-01-01T00:07:00Z")).Count);
        Assert.Equal(2, (await IdsAsync(api, "lastInformAfter=2026-01-01T00:17:00Z")).Count);

        var detail = await api.GetJsonAsync($"/api/v1/devices/{segment}");
        Assert.Equal("lab", detail.GetProperty("tags")[0].GetString());
        Assert.Equal(0, detail.GetProperty("pendingTasks").GetInt32());

        using var untagged = await api.DeleteAsync($"/api/v1/devices/{segment}/tags/lab");
        Assert.Equal(HttpStatusCode.NoContent, untagged.StatusCode);
        Assert.Empty(await IdsAsync(api, "tag=lab"));
    }

    [Fact]
    public async Task A_bad_filter_or_cursor_is_400_naming_it()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();

        using var time = await api.GetAsync("/api/v1/devices?lastInformAfter=yesterday");
        using var cursor = await api.GetAsync("/api/v1/devices?cursor=!!!");
        using var limit = await api.GetAsync("/api/v1/devices?limit=0");

        Assert.True((await time.JsonAsync()).GetProperty("errors").TryGetProperty("lastInformAfter", out _));
        Assert.True((await cursor.JsonAsync()).GetProperty("errors").TryGetProperty("cursor", out _));
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
    }

    [Fact]
    public async Task A_registered_device_shows_its_parameters_with_secrets_masked_and_its_events_and_can_be_forgotten()
    {
        await using var server = await AcsTestServer.StartAsync();
        var gateway = Devices.Gateway(server);
        Assert.True((await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var id = Devices.IdOf(gateway);
        var read = await server.Tasks.QueueAsync(id, Acs.Core.Tasks.TaskKind.GetParameterValues, """{"parameterNames":["Device.WiFi.AccessPoint.1.Security."]}""");
        gateway.Events.Add(Acs.Cwmp.EventCodes.Periodic);
        Assert.True((await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var api = server.Api();
        var segment = Segment(id);

        var parameters = await api.GetJsonAsync($"/api/v1/devices/{segment}/parameters?prefix=Device.WiFi.AccessPoint.1.Security.");
        var passphrase = parameters.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString()!.EndsWith("KeyPassphrase", StringComparison.Ordinal));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, passphrase.GetProperty("value").ValueKind);
        var all = await api.GetStringAsync($"/api/v1/devices/{segment}/parameters");
        Assert.DoesNotContain("factory-" + gateway.DeviceId.SerialNumber, all, StringComparison.Ordinal);
        var task = await api.GetStringAsync($"/api/v1/tasks/{read.Id}");
        Assert.Contains("KeyPassphrase", task, StringComparison.Ordinal);
        Assert.DoesNotContain("factory-" + gateway.DeviceId.SerialNumber, task, StringComparison.Ordinal);

        var events = await api.GetJsonAsync($"/api/v1/devices/{segment}/events");
        Assert.Contains(events.GetProperty("items").EnumerateArray(), e => e.GetProperty("eventCode").GetString() == "2 PERIODIC");
        var device = await api.GetJsonAsync($"/api/v1/devices/{segment}");
        Assert.True(device.GetProperty("online").GetBoolean());
        Assert.Equal(id, device.GetProperty("id").GetString());

        using var deleted = await api.DeleteAsync($"/api/v1/devices/{segment}");
        using var gone = await api.GetAsync($"/api/v1/devices/{segment}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_device_id_with_an_encoded_hyphen_is_decoded_exactly_once()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var id = Devices.IdOf(phone);
        Assert.Contains("%2D", id, StringComparison.Ordinal);

        var device = await server.Api().GetJsonAsync($"/api/v1/devices/{Segment(id)}");

        Assert.Equal(id, device.GetProperty("id").GetString());
    }

    private static async Task<List<string>> IdsAsync(HttpClient api, string query)
    {
        var page = await api.GetJsonAsync("/api/v1/devices?" + query);
        return [.. page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)];
    }

    /// <summary>Seeds gateways SN00000.. directly in one transaction, an Inform a minute apart; returns their ids in order.</summary>
    internal static async Task<List<string>> SeedAsync(AcsTestServer server, int count, bool withParameters = true)
    {
        var factory = server.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var serial = $"SN{i:D5}";
            var id = DeviceIdentity.From("00AABB", "HGW-1", serial);
            ids.Add(id);
            db.Devices.Add(new Device
            {
                Id = id, Oui = "00AABB", ProductClass = "HGW-1", SerialNumber = serial, Manufacturer = "Acme Networks",
                HasInformed = true, RegisteredAt = start, LastInform = start.AddMinutes(i),
            });
            if (withParameters)
            {
                db.Parameters.Add(new DeviceParameter { DeviceId = id, Name = "Device.DeviceInfo.SerialNumber", Value = serial, UpdatedAt = start });
            }
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
