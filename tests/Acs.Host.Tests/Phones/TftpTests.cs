using Acs.Testing;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Acs.Core.Persistence;
using Acs.Host.Tests.Infrastructure;
using Acs.Host.Tftp;
using Acs.Provisioning.Tftp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Acs.Host.Tests.Phones;

public sealed class TftpTests
{
    private static readonly Phone Phone = new("00562b043615");

    [Theory]
    [InlineData("/8851-3PCC.xml")]
    [InlineData("8851-3PCC.xml")]
    [InlineData("/Cisco/CP-8851-3PCC/00562b043615.cfg")]
    public async Task The_tftp_client_gets_the_same_bootstrap_as_http(string file)
    {
        await using var server = await AcsTestServer.StartAsync();

        var viaTftp = Get(server, file);
        var viaHttp = Curl.Get(Layers.Url(server, "/8851-3PCC.xml"), userAgent: null);

        Assert.True(viaTftp.Run.ExitCode == 0, viaTftp.Run.Describe());
        Assert.Equal(viaHttp.Body, viaTftp.Content);
    }

    [Fact]
    public async Task A_phone_that_is_only_a_mac_and_a_layer_is_provisioned_over_tftp()
    {
        await using var server = await AcsTestServer.StartAsync();
        var longValue = new string('x', 1500);
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Station_Name", longValue), ("Resync_Periodic", "3600")) });
        var rendered = await server.Api().GetByteArrayAsync($"/api/v1/profiles/macs/{Phone.Mac}/rendered?productName=CP-8851-3PCC");

        var fetched = Get(server, Phone.ProfilePath);

        Assert.Equal(rendered, fetched.Content);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>().CreateDbContextAsync();
        var device = await db.Devices.SingleAsync(d => d.MacAddress == Phone.Mac);
        Assert.Equal("127.0.0.1", device.IpAddress);
        Assert.NotNull(device.LastResync);
    }

    // tftp-hpa's client does not negotiate options, so a raw client asks for blksize, tsize and timeout.
    [Fact]
    public async Task Block_size_transfer_size_and_timeout_are_negotiated_with_an_option_ack()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Station_Name", new string('x', 3000))) });
        var rendered = await server.Api().GetByteArrayAsync($"/api/v1/profiles/macs/{Phone.Mac}/rendered?productName=CP-8851-3PCC");
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var guard = NoHang();
        var port = server.Services.GetRequiredService<TftpServer>().Port!.Value;

        await client.SendAsync(
            TftpCodec.Encode(new ReadRequest(Phone.ProfilePath.TrimStart('/'), "octet", [new("blksize", "1428"), new("tsize", "0"), new("timeout", "3")])),
            new IPEndPoint(IPAddress.Loopback, port));
        var oack = await client.ReceiveAsync(guard.Token);
        var options = Assert.IsType<OptionAckPacket>(((TftpDecoded)TftpCodec.Decode(oack.Buffer)).Packet).Options;
        var received = new List<byte>();
        var blocks = new List<int>();
        await client.SendAsync(TftpCodec.Encode(new AckPacket(0)), oack.RemoteEndPoint);
        while (true)
        {
            var datagram = await client.ReceiveAsync(guard.Token);
            var data = Assert.IsType<DataPacket>(((TftpDecoded)TftpCodec.Decode(datagram.Buffer)).Packet);
            received.AddRange(data.Data.ToArray());
            blocks.Add(data.Data.Length);
            await client.SendAsync(TftpCodec.Encode(new AckPacket(data.Block)), datagram.RemoteEndPoint);
            if (data.Data.Length < 1428)
            {
                break;
            }
        }

        Assert.Equal(["1428", rendered.Length.ToString(CultureInfo.InvariantCulture), "3"], options.Select(o => o.Value));
        Assert.Equal(rendered, received);
        Assert.Equal([1428, 1428, rendered.Length - 2856], blocks);
    }

    [Fact]
    public async Task Unknown_files_traversal_protected_profiles_and_writes_get_tftp_errors()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("A", "1")), credentials = new { username = "u", password = "p" } });

        var unknown = Get(server, "/phones/00562b04ffff.xml");
        var traversal = Get(server, "/../etc/passwd");
        var protectedProfile = Get(server, Phone.ProfilePath);
        using var scratch = new ScratchDirectory();
        var put = ExternalTool.Run("/usr/bin/tftp", ["-m", "binary", "127.0.0.1", PortOf(server), "-c", "put", scratch.Write("r.xml", "<r/>"), "/phones/report.xml"]);

        Assert.Contains("File not found", unknown.Run.Describe(), StringComparison.Ordinal);
        Assert.Contains("Access violation", traversal.Run.Describe(), StringComparison.Ordinal);
        Assert.Contains("Access violation", protectedProfile.Run.Describe(), StringComparison.Ordinal);
        Assert.Contains("read-only", put.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_phones_fetch_at_once_each_from_its_own_transfer()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phones = new[] { Phone, Phone with { Mac = "00562b040001" } };
        foreach (var phone in phones)
        {
            await Layers.PutAsync(server, $"macs/{phone.Mac}", new { parameters = Layers.Parameters(("Station_Name", new string('m', 3000) + phone.Mac)) });
        }

        var fetched = await Task.WhenAll(phones.Select(p => Task.Run(() => Get(server, p.ProfilePath))));

        Assert.EndsWith($"{phones[0].Mac}</Station_Name>\n  </flat-profile>\n</device>\n", System.Text.Encoding.UTF8.GetString(fetched[0].Content), StringComparison.Ordinal);
        Assert.EndsWith($"{phones[1].Mac}</Station_Name>\n  </flat-profile>\n</device>\n", System.Text.Encoding.UTF8.GetString(fetched[1].Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unacknowledged_block_is_sent_again_when_the_clock_passes_its_deadline()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture));
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingletonTimeProvider(clock));
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var guard = NoHang();
        var serverPort = server.Services.GetRequiredService<TftpServer>().Port!.Value;

        await client.SendAsync(TftpCodec.Encode(new ReadRequest("/8851-3PCC.xml", "octet", [])), new IPEndPoint(IPAddress.Loopback, serverPort));
        var first = await client.ReceiveAsync(guard.Token);
        clock.Advance(TftpSettings.RetransmitAfter);
        var again = await client.ReceiveAsync(guard.Token);

        Assert.NotEqual(serverPort, first.RemoteEndPoint.Port);
        Assert.Equal(first.RemoteEndPoint, again.RemoteEndPoint);
        Assert.Equal(first.Buffer, again.Buffer);
        Assert.IsType<DataPacket>(((TftpDecoded)TftpCodec.Decode(again.Buffer)).Packet);
    }

    // Only there so that a broken server fails the test instead of hanging it; no assertion depends on it.
    private static CancellationTokenSource NoHang() => new(TimeSpan.FromSeconds(30));

    private static string PortOf(AcsTestServer server) =>
        server.Services.GetRequiredService<TftpServer>().Port!.Value.ToString(CultureInfo.InvariantCulture);

    private static (ToolRun Run, byte[] Content) Get(AcsTestServer server, string file, params string[] options)
    {
        using var scratch = new ScratchDirectory();
        var target = Path.Combine(scratch.Path, "fetched");
        string[] arguments = options.Length > 0
            ? ["-m", "binary", "127.0.0.1", PortOf(server), .. options, "-c", "get", file, target]
            : ["-m", "binary", "127.0.0.1", PortOf(server), "-c", "get", file, target];
        var run = ExternalTool.Run("/usr/bin/tftp", arguments);
        return (run, File.Exists(target) ? File.ReadAllBytes(target) : []);
    }
}
