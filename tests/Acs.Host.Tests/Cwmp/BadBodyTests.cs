using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Acs.Core.Devices;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Cwmp;

/// <summary>
/// Bodies the device plane cannot read get a 4xx, never a 500 and never a shorter message: charsets the
/// runtime lacks, chunk sizes that overflow, compressed bodies cut short.
/// </summary>
public sealed class BadBodyTests(AcsServerFixture fixture) : IClassFixture<AcsServerFixture>
{
    private AcsTestServer Server => fixture.Server;

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("ibm037")]
    [InlineData("x-no-such-charset")]
    public async Task A_charset_the_runtime_lacks_is_415(string charset)
    {
        using var cpe = new RawCpe(Server.DeviceUrl);

        var reply = await cpe.PostAsync(RawCpe.Envelope(RawCpe.Inform("CS" + Guid.NewGuid().ToString("N")[..8])), $"text/xml; charset={charset}");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Contains(charset, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FFFFFFFFFFFFFFFFFFFF")]
    [InlineData("7FFFFFFFFFFFFFFF")]
    [InlineData("80000000")]
    public async Task A_chunk_size_that_overflows_is_400_on_either_plane(string size)
    {
        foreach (var (url, path) in new[] { (Server.DeviceUrl, "/"), (Server.OperatorUrl, "/api/v1/tasks") })
        {
            var head = $"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {AcsTestServer.AdminKey}\r\nContent-Type: application/json\r\n"
                       + $"Transfer-Encoding: chunked\r\n\r\n{size}\r\nabc\r\n0\r\n\r\n";

            var status = await RawStatusAsync(url, Encoding.ASCII.GetBytes(head));

            Assert.Equal("HTTP/1.1 400 Bad Request", status);
        }
    }

    public static TheoryData<string, int> Truncations => new()
    {
        { "zlib", 2 }, { "zlib", 5 }, { "zlib", -1 }, { "zlib", -4 },
        { "raw", 1 }, { "raw", 5 }, { "raw", -1 },
        { "gzip", 12 }, { "gzip", -1 }, { "gzip", -4 },
    };

    [Theory]
    [MemberData(nameof(Truncations))]
    public async Task A_compressed_body_cut_short_is_400_not_a_shorter_message_or_an_empty_post(string format, int cut)
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var serial = "TR" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.NoContent, (await cpe.OpenAsync(serial)).Status);
        var task = await Server.Tasks.QueueAsync(DeviceIdentity.From("00AABB", "RAW", serial), TaskKind.GetRPCMethods);
        (await cpe.PostAsync(RawCpe.Inform(serial))).Message<InformResponse>();
        var whole = Compress(format, RawCpe.Envelope(new GetRPCMethodsResponse(["Inform"])));

        var reply = await cpe.PostAsync(whole[..(cut > 0 ? cut : whole.Length + cut)], contentEncoding: format == "gzip" ? "gzip" : "deflate");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(TaskState.Pending, (await Server.Tasks.StateOfAsync(task)).State);
    }

    [Theory]
    [InlineData("zlib")]
    [InlineData("raw")]
    [InlineData("gzip")]
    public async Task A_whole_compressed_empty_body_is_still_an_empty_post(string format)
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        (await cpe.PostAsync(RawCpe.Inform("EM" + Guid.NewGuid().ToString("N")[..8]))).Message<InformResponse>();

        var reply = await cpe.PostAsync(Compress(format, []), contentEncoding: format == "gzip" ? "gzip" : "deflate");

        Assert.Equal(HttpStatusCode.NoContent, reply.Status);
    }

    private static byte[] Compress(string format, byte[] data)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = format switch
               {
                   "zlib" => new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
                   "raw" => new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
                   _ => new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
               })
        {
            compressor.Write(data);
        }

        return buffer.ToArray();
    }


    // The status line of the answer to bytes written straight to the socket.
    private static async Task<string> RawStatusAsync(Uri url, byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(url.Host, url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync() ?? "";
    }
}
