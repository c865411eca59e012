using System.Net;
using System.Net.Sockets;
using Acs.Provisioning.Tftp;

namespace Acs.Provisioning.Tests.Tools;

// The thinnest possible transport around the codec and ReadTransfer, so that a real TFTP client can
// exercise them over loopback. It serves one request and then stops.
public sealed class LoopbackTftpServer : IAsyncDisposable
{
    private readonly UdpClient listener = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly IReadOnlyDictionary<string, byte[]> files;
    private readonly CancellationTokenSource stop = new(TimeSpan.FromSeconds(30));
    private readonly Task<TransferAction?> serving;

    public LoopbackTftpServer(IReadOnlyDictionary<string, byte[]> files)
    {
        this.files = files;
        serving = ServeOneAsync();
    }

    public int Port => ((IPEndPoint)listener.Client.LocalEndPoint!).Port;

    public Task<TransferAction?> Outcome => serving;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await serving;
        }
        catch (OperationCanceledException)
        {
            // The test already has what it needs; a cancelled loop is the normal way out.
        }

        listener.Dispose();
        stop.Dispose();
    }

    private async Task<TransferAction?> ServeOneAsync()
    {
        var request = await listener.ReceiveAsync(stop.Token);

        // Replies come from a fresh port: the server's transfer ID (RFC 1350 section 4).
        using var transferSocket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var peer = request.RemoteEndPoint;
        if (TftpCodec.Decode(request.Buffer) is not TftpDecoded { Packet: ReadRequest read })
        {
            await SendAsync(transferSocket, peer, new ErrorPacket(TftpErrorCode.IllegalOperation, "read requests only"));
            return null;
        }

        if (!TftpPath.TryNormalize(read.Filename, out var path, out _) || !files.TryGetValue(path, out var file))
        {
            await SendAsync(transferSocket, peer, new ErrorPacket(TftpErrorCode.FileNotFound, "File not found"));
            return null;
        }

        var transfer = new ReadTransfer(file, NegotiatedOptions.ForRead(read.Options, file.Length), TimeSpan.FromSeconds(1), 5);
        var action = transfer.Start(DateTimeOffset.UtcNow);
        while (true)
        {
            switch (action)
            {
                case SendPacket send:
                    await transferSocket.SendAsync(send.Bytes, peer, stop.Token);
                    break;
                case TransferCompleted or TransferAborted:
                    return action;
            }

            var received = await transferSocket.ReceiveAsync(stop.Token);
            action = TftpCodec.Decode(received.Buffer) is TftpDecoded decoded
                ? transfer.OnPacket(decoded.Packet, DateTimeOffset.UtcNow)
                : new IgnoreEvent("undecodable datagram");
        }
    }

    private async Task SendAsync(UdpClient socket, IPEndPoint peer, TftpPacket packet) =>
        await socket.SendAsync(TftpCodec.Encode(packet), peer, stop.Token);
}
