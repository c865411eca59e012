using System.Net;
using Acs.Core.Persistence;
using Acs.Core.Tasks;
using Acs.Host.Tests.Infrastructure;
using Acs.Host.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Tracing;

public sealed class SoapTraceTests
{
    private const string Secret = "trace-Pa55word";

    [Fact]
    public async Task A_traced_device_has_its_next_sessions_stored_with_secrets_masked()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();
        var (phone, id) = await RegisteredPhoneAsync(server);

        using var started = await api.PutAsync($"/api/v1/devices/{Segment(id)}/trace", Body("""{"duration":600}"""));
        await server.Tasks.QueueAsync(id, TaskKind.SetParameterValues,
            $$"""{"parameterValues":[{"name":"Device.Services.VoiceService.1.VoiceProfile.1.Line.1.SIP.AuthPassword","value":"{{Secret}}"}]}""");
        await server.Tasks.QueueAsync(id, TaskKind.Download, $$"""{"fileType":"1 Firmware Upgrade Image","url":"http://127.0.0.1:9/fw.bin","username":"dl","password":"{{Secret}}"}""");
        phone.Events.Add("2 PERIODIC");
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var trace = await api.GetJsonAsync($"/api/v1/devices/{Segment(id)}/trace");

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.NotEqual(JsonValueKind(), trace.GetProperty("until").ValueKind);
        var items = trace.GetProperty("items").EnumerateArray().ToList();
        // Inform, empty POST -> SetParameterValues, its response -> Download, its response -> 204: the first session was before the trace.
        Assert.Equal(4, items.Count);
        Assert.Single(items.Select(i => i.GetProperty("sessionId").GetString()).Distinct());
        Assert.Contains("2 PERIODIC", items[0].GetProperty("request").GetString(), StringComparison.Ordinal);
        Assert.Contains("InformResponse", items[0].GetProperty("response").GetString(), StringComparison.Ordinal);
        Assert.Equal("", items[1].GetProperty("request").GetString());
        Assert.Contains("SetParameterValues", items[1].GetProperty("response").GetString(), StringComparison.Ordinal);
        Assert.Contains("<Download>", items[2].GetProperty("response").GetString()!.Replace("cwmp:", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(204, items[3].GetProperty("status").GetInt32());
        var all = trace.GetRawText();
        Assert.DoesNotContain(Secret, all, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(all, "\\*{8}"));
    }

    [Fact]
    public async Task Trace_entries_are_capped_cut_to_size_stop_with_the_duration_and_expire()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await AcsTestServer.StartAsync(
            new() { ["Acs:Trace:MaxEntriesPerDevice"] = "3", ["Acs:Trace:MaxBodyChars"] = "300", ["Acs:Trace:Retention"] = "01:00:00" },
            s => s.AddSingletonTimeProvider(clock));
        using var api = server.Api();
        var (phone, id) = await RegisteredPhoneAsync(server);
        using var started = await api.PutAsync($"/api/v1/devices/{Segment(id)}/trace", Body("""{"duration":60}"""));
        for (var i = 0; i < 3; i++)
        {
            await server.Tasks.QueueAsync(id, TaskKind.GetRPCMethods);
        }

        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var capped = (await api.GetJsonAsync($"/api/v1/devices/{Segment(id)}/trace")).GetProperty("items").EnumerateArray().ToList();
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var afterDuration = await api.GetJsonAsync($"/api/v1/devices/{Segment(id)}/trace");
        clock.Advance(TimeSpan.FromHours(1));
        var afterRetention = await api.GetJsonAsync($"/api/v1/devices/{Segment(id)}/trace");
        // The hourly sweep may have run already as the clock moved; either way nothing expired is left.
        await server.Services.GetRequiredService<SoapTrace>().ExpireAsync(CancellationToken.None);

        Assert.Equal(3, capped.Count);
        Assert.Equal(204, capped[^1].GetProperty("status").GetInt32());
        Assert.Contains(capped, e => e.GetProperty("request").GetString()!.Contains("[cut: ", StringComparison.Ordinal));
        Assert.All(capped, e => Assert.True(e.GetProperty("request").GetString()!.Length < 400));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, afterDuration.GetProperty("until").ValueKind);
        Assert.Equal(capped.Select(e => e.GetProperty("id").GetInt64()), afterDuration.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Empty(afterRetention.GetProperty("items").EnumerateArray());
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>().CreateDbContextAsync();
        Assert.False(await db.TraceEntries.AnyAsync());
    }

    [Fact]
    public async Task Delete_stops_the_trace_and_forgets_it()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();
        var (phone, id) = await RegisteredPhoneAsync(server);
        using var started = await api.PutAsync($"/api/v1/devices/{Segment(id)}/trace", Body("""{"duration":600}"""));
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        using var stopped = await api.DeleteAsync($"/api/v1/devices/{Segment(id)}/trace");
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var trace = await api.GetJsonAsync($"/api/v1/devices/{Segment(id)}/trace");

        Assert.Equal(HttpStatusCode.NoContent, stopped.StatusCode);
        Assert.Empty(trace.GetProperty("items").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, trace.GetProperty("until").ValueKind);
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("""{"duration":0}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"duration":604801}""", HttpStatusCode.BadRequest)]
    public async Task A_trace_needs_a_duration_within_the_limit(string body, HttpStatusCode expected)
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();
        var (phone, _) = await RegisteredPhoneAsync(server);

        using var response = await api.PutAsync($"/api/v1/devices/{Segment(Devices.IdOf(phone))}/trace", Body(body));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("duration", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_device_is_404_and_a_viewer_may_read_but_not_start_a_trace()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();
        using var created = await api.PostAsync("/api/v1/keys", Body("""{"name":"v","role":"viewer"}"""));
        using var viewer = server.Api((await created.JsonAsync()).GetProperty("secret").GetString());
        var (phone, _) = await RegisteredPhoneAsync(server);
        var path = $"/api/v1/devices/{Segment(Devices.IdOf(phone))}/trace";

        using var unknown = await api.PutAsync("/api/v1/devices/nobody/trace", Body("""{"duration":60}"""));
        using var viewerPut = await viewer.PutAsync(path, Body("""{"duration":60}"""));
        using var viewerGet = await viewer.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerPut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viewerGet.StatusCode);
    }

    private static async Task<(Acs.Simulator.Device.VirtualDevice Phone, string Id)> RegisteredPhoneAsync(AcsTestServer server)
    {
        var phone = Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        return (phone, Devices.IdOf(phone));
    }

    private static System.Text.Json.JsonValueKind JsonValueKind() => System.Text.Json.JsonValueKind.Null;
}
