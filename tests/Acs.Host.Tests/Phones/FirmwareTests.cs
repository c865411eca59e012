using System.Net;
using System.Net.Http.Json;
using Acs.Core;
using Acs.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Host.Tests.Phones;

public sealed class FirmwareTests
{
    private static readonly Phone Phone = new("00562b043615", Firmware: "11.3.1");

    [Fact]
    public async Task A_load_given_as_a_file_id_is_named_by_the_url_the_file_store_gives()
    {
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingleton<IFileLocator>(new OneFile("fw-12", "http://files.example.com/fw-12.loads")));
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Resync_Periodic", "3600")) });
        using var put = await server.Api().PutAsJsonAsync("/api/v1/profiles/firmware/CP-8851-3PCC", new
        {
            loads = new object[]
            {
                new { version = "sip88xx.11-3-1MPP0001-609", url = "http://fw.example.com/sip88xx.11-3-1MPP0001-609.loads" },
                new { version = "sip88xx.11-3-7MPP0001-100", url = "http://fw.example.com/sip88xx.11-3-7MPP0001-100.loads" },
                new { version = "sip88xx.12-0-1-0001-1", fileId = "fw-12" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var url = Layers.Url(server, Phone.ProfilePath);

        var atFirst = Curl.Get(url, (Phone with { Firmware = "11.2.3" }).UserAgent);
        var atSecond = Curl.Get(url, (Phone with { Firmware = "11.3.7" }).UserAgent);
        var atTarget = Curl.Get(url, (Phone with { Firmware = "12.0.1" }).UserAgent);

        Assert.Contains("<Upgrade_Rule ua=\"na\">http://fw.example.com/sip88xx.11-3-1MPP0001-609.loads</Upgrade_Rule>", atFirst.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Upgrade_Rule", atTarget.Text, StringComparison.Ordinal);

        Assert.Contains("<Upgrade_Rule ua=\"na\">http://files.example.com/fw-12.loads</Upgrade_Rule>", atSecond.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_load_is_named_exactly_at_every_step_of_a_url_path()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Resync_Periodic", "3600")) });
        string[] loads = ["sip88xx.11-3-1MPP0001-609", "sip88xx.11-3-7MPP0001-100", "sip88xx.12-0-1-0001-1"];
        using var put = await server.Api().PutAsJsonAsync("/api/v1/profiles/firmware/CP-8851-3PCC", new
        {
            loads = loads.Select(l => new { version = l, url = $"{server.DeviceUrl}firmware/{l}.loads" }),
        });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var url = Layers.Url(server, Phone.ProfilePath);

        var v1 = Curl.Get(url, (Phone with { Firmware = "11.3.1" }).UserAgent);
        var v2 = Curl.Get(url, (Phone with { Firmware = "11.3.7" }).UserAgent);
        var v3 = Curl.Get(url, (Phone with { Firmware = "12.0.1" }).UserAgent);

        Assert.Contains($"<Upgrade_Rule ua=\"na\">{server.DeviceUrl}firmware/{loads[1]}.loads</Upgrade_Rule>", v1.Text, StringComparison.Ordinal);
        Assert.Contains($"<Upgrade_Rule ua=\"na\">{server.DeviceUrl}firmware/{loads[2]}.loads</Upgrade_Rule>", v2.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Upgrade_Rule", v3.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_out_of_upgrade_order_is_refused()
    {
        await using var server = await AcsTestServer.StartAsync();

        using var put = await server.Api().PutAsJsonAsync("/api/v1/profiles/firmware/CP-8851-3PCC", new
        {
            loads = new[] { new { version = "sip88xx.12-0-1-0001-1", url = "http://a/x" }, new { version = "sip88xx.11-3-7MPP0001-100", url = "http://a/y" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
    }

    [Fact]
    public async Task A_load_under_the_data_dir_is_served_with_range_and_etag()
    {
        await using var server = await AcsTestServer.StartAsync();
        var folder = Directory.CreateDirectory(Path.Combine(server.DataDir, "firmware"));
        var content = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "sip88xx.12-0-1-0001-1.loads"), content);
        var url = Layers.Url(server, "/firmware/sip88xx.12-0-1-0001-1.loads");

        var whole = Curl.Get(url, Phone.UserAgent);
        var tail = Curl.Get(url, Phone.UserAgent, "--range", "4000-");
        var unchanged = Curl.Get(url, Phone.UserAgent, "--header", $"If-None-Match: {whole.Header("etag")}");

        Assert.Equal(200, whole.Status);
        Assert.Equal(content, whole.Body);
        Assert.NotEmpty(whole.Header("etag"));
        Assert.Equal(206, tail.Status);
        Assert.Equal(content[4000..], tail.Body);
        Assert.Equal(304, unchanged.Status);
    }

    private sealed class OneFile(string id, string url) : IFileLocator
    {
        public (string Url, long Size)? Locate(string fileId) => fileId == id ? (url, 1) : null;
    }
}
