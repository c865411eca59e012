using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Acs.Simulator.Device;

namespace Acs.Simulator.Http;

/// <summary>
/// One TCP listener serving connection requests (TR-069 3.2.2) for many virtual devices, each at its
/// own random path. The ACS is authenticated with Digest against the device's ConnectionRequestUsername
/// and ConnectionRequestPassword; a valid request is answered 200 at once and then handed to the device.
/// </summary>
public sealed class ConnectionRequestListener : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly ConcurrentDictionary<string, VirtualDevice> devices = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> connections = new();
    private readonly Channel<VirtualDevice> accepted = Channel.CreateUnbounded<VirtualDevice>();
    private readonly CancellationTokenSource stopping = new();
    private readonly DigestVerifier verifier;
    private readonly Task acceptLoop;

    public ConnectionRequestListener(IPAddress? address = null, int port = 0, TimeProvider? timeProvider = null)
    {
        listener = new TcpListener(address ?? IPAddress.Loopback, port);
        listener.Start();
        var endpoint = (IPEndPoint)listener.LocalEndpoint;
        BaseUri = new Uri($"http://{new IPEndPoint(endpoint.Address, endpoint.Port)}/");
        verifier = new DigestVerifier("Acs.Simulator", timeProvider ?? TimeProvider.System);
        acceptLoop = AcceptAsync(stopping.Token);
    }

    public Uri BaseUri { get; }

    /// <summary>Devices whose connection request was accepted, in order; each has already been asked for a session.</summary>
    public ChannelReader<VirtualDevice> Accepted => accepted.Reader;

    /// <summary>Serves the device at a fresh random path and publishes that URL as its ConnectionRequestURL.</summary>
    public Uri Register(VirtualDevice device)
    {
        var path = "/cr/" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        devices[path] = device;
        var url = new Uri(BaseUri, path);
        device.SetConnectionRequestUrl(url.ToString());
        return url;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await Task.WhenAll(connections.Keys.Append(acceptLoop)).ContinueWith(_ => { }, TaskScheduler.Default);
        stopping.Dispose();
        accepted.Writer.TryComplete();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var connection = ServeAsync(client, cancellationToken);
            connections[connection] = true;
            _ = connection.ContinueWith(t => connections.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var stream = client.GetStream();
        var buffer = new byte[16 * 1024 + 4];
        var filled = 0;
        try
        {
            while (true)
            {
                var status = RequestHead.TryParse(buffer.AsSpan(0, filled), out var head, out var consumed);
                if (status == RequestHeadStatus.NeedMoreData)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), timeout.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    filled += read;
                    continue;
                }

                if (status == RequestHeadStatus.Malformed)
                {
                    await WriteAsync(stream, "400 Bad Request", null, timeout.Token);
                    return;
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (!await AnswerAsync(stream, head!, timeout.Token))
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            // The ACS went away or took too long; a connection request has no one else to tell.
        }
    }

    // True when the connection stays open for another request (after a challenge).
    private async Task<bool> AnswerAsync(NetworkStream stream, RequestHead head, CancellationToken cancellationToken)
    {
        if (!devices.TryGetValue(head.Path, out var device))
        {
            await WriteAsync(stream, "404 Not Found", null, cancellationToken);
            return false;
        }

        if (head.Method != "GET")
        {
            await WriteAsync(stream, "405 Method Not Allowed", "Allow: GET", cancellationToken);
            return false;
        }

        if (!verifier.Verify(head.Header("Authorization"), head.Method, head.Target,
                device.ConnectionRequestUsername, device.ConnectionRequestPassword))
        {
            await WriteAsync(stream, "401 Unauthorized", "WWW-Authenticate: " + verifier.Challenge(), cancellationToken);
            return !string.Equals(head.Header("Connection"), "close", StringComparison.OrdinalIgnoreCase);
        }

        await WriteAsync(stream, "200 OK", null, cancellationToken);
        device.RequestConnection();
        accepted.Writer.TryWrite(device);
        return false;
    }

    private static async Task WriteAsync(NetworkStream stream, string status, string? header, CancellationToken cancellationToken)
    {
        var close = status.StartsWith("401", StringComparison.Ordinal) ? "" : "Connection: close\r\n";
        var extra = header is null ? "" : header + "\r\n";
        var text = $"HTTP/1.1 {status}\r\n{extra}Content-Length: 0\r\n{close}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
