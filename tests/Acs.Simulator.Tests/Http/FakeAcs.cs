using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Acs.Cwmp;
using Acs.Simulator.Http;

namespace Acs.Simulator.Tests.Http;

/// <summary>
/// A scripted ACS over a raw TcpListener speaking HTTP/1.1 with keep-alive: answers Inform and device
/// requests, hands out the queued requests one per response, ends with 204, and records every POST it
/// saw. Just enough ACS to test the device side.
/// </summary>
public sealed class FakeAcs : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<CwmpMessage> queued = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly DigestVerifier verifier = new("acs", TimeProvider.System);
    private readonly Task loop;
    private int acsRequestId;

    public FakeAcs()
    {
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/acs/");
        loop = AcceptAsync();
    }

    public Uri Url { get; }

    public Uri FileUrl(string name) => new(Url, "/files/" + name);

    /// <summary>"Basic" or "Digest" to demand credentials; null for none.</summary>
    public string? AuthScheme { get; init; }

    public string Username { get; init; } = "0011AA-VGW-1-GW0001";

    public string Password { get; init; } = "secret";

    public int? RefuseWithRetryAfter { get; init; }

    public string? UseCwmpVersion { get; init; }

    /// <summary>Start every envelope with an XML declaration, as many ACSs do.</summary>
    public bool XmlDeclaration { get; init; }

    public byte[] File { get; init; } = new byte[1234];

    public ConcurrentQueue<RecordedPost> Posts { get; } = new();

    public ConcurrentQueue<string> FileRequests { get; } = new();

    public IEnumerable<CwmpMessage> Received => Posts.Where(p => p.Envelope is not null).Select(p => p.Envelope!.Body);

    public void Enqueue(params CwmpMessage[] requests)
    {
        foreach (var request in requests)
        {
            queued.Enqueue(request);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await loop.ContinueWith(_ => { }, TaskScheduler.Default);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                connections.Add(ServeAsync(client));
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                break;
            }
        }

        await Task.WhenAll(connections).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var buffer = new byte[256 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                RequestHead? head;
                int consumed;
                while (RequestHead.TryParse(buffer.AsSpan(0, filled), out head, out consumed) != RequestHeadStatus.Complete)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), stopping.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    filled += read;
                }

                var length = int.Parse(head!.Header("Content-Length") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                while (filled < consumed + length)
                {
                    filled += await stream.ReadAsync(buffer.AsMemory(filled), stopping.Token);
                }

                var body = buffer.AsSpan(consumed, length).ToArray();
                buffer.AsSpan(consumed + length, filled - consumed - length).CopyTo(buffer);
                filled -= consumed + length;
                await stream.WriteAsync(Answer(head, body), stopping.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            // The device closed or dropped the connection, which some tests make it do.
        }
    }

    private byte[] Answer(RequestHead head, byte[] body)
    {
        if (head.Path.StartsWith("/files/", StringComparison.Ordinal))
        {
            FileRequests.Enqueue(head.Method + " " + head.Path);
            return Response(200, [], File);
        }

        if (head.Header("Content-Encoding") == "gzip")
        {
            using var unzipped = new MemoryStream();
            using (var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress))
            {
                gzip.CopyTo(unzipped);
            }

            body = unzipped.ToArray();
        }

        var envelope = body.Length == 0 ? null : CwmpReader.Read(body).Envelope;
        Posts.Enqueue(new RecordedPost(envelope, head.Header("SOAPAction"), head.Header("Content-Type"), head.Header("Cookie"),
            head.Header("Authorization"), head.Header("Content-Encoding"), body.Length, System.Text.Encoding.UTF8.GetString(body)));

        if (RefuseWithRetryAfter is { } seconds)
        {
            return Response(503, [$"Retry-After: {seconds}"], []);
        }

        var authorization = head.Header("Authorization");
        var authorised = AuthScheme switch
        {
            "Basic" => authorization == DigestComputation.Basic(Username, Password),
            "Digest" => verifier.Verify(authorization, "POST", head.Target, Username, Password),
            _ => true,
        };
        if (!authorised)
        {
            return Response(401, ["WWW-Authenticate: " + (AuthScheme == "Basic" ? "Basic realm=\"acs\"" : verifier.Challenge())], []);
        }

        var ns = envelope?.CwmpNamespace ?? CwmpNamespaces.Cwmp12;
        CwmpEnvelope? answer = envelope?.Body switch
        {
            Inform => new CwmpEnvelope(ns, new CwmpHeader { Id = envelope.Header.Id, UseCwmpVersion = UseCwmpVersion }, new InformResponse()),
            TransferComplete => new CwmpEnvelope(ns, new CwmpHeader { Id = envelope.Header.Id }, new TransferCompleteResponse()),
            GetRPCMethods => new CwmpEnvelope(ns, new CwmpHeader { Id = envelope.Header.Id }, new GetRPCMethodsResponse(["Inform"])),
            _ => queued.TryDequeue(out var next) ? new CwmpEnvelope(ns, new CwmpHeader { Id = $"acs-{++acsRequestId}" }, next) : null,
        };
        var cookie = envelope?.Body is Inform ? new[] { "Set-Cookie: session=f00d; Path=/" } : [];
        return answer is null
            ? Response(204, cookie, [])
            : Response(200, [.. cookie, "Content-Type: text/xml; charset=\"utf-8\""],
                [.. XmlDeclaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"u8.ToArray() : [], .. CwmpWriter.Write(answer)]);
    }

    private static byte[] Response(int status, IEnumerable<string> headers, byte[] body)
    {
        var head = $"HTTP/1.1 {status} {(HttpStatusCode)status}\r\n" + string.Concat(headers.Select(h => h + "\r\n"))
            + (status == 204 ? "" : $"Content-Length: {body.Length}\r\n") + "\r\n";
        return [.. System.Text.Encoding.ASCII.GetBytes(head), .. body];
    }
}
