using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Acs.Core.Phones;
using Acs.Provisioning.Tftp;
using Acs.Host.Planes;

namespace Acs.Host.Tftp;

/// <summary>
/// The read-only TFTP front of the provisioning engine. Requests arrive on the well-known port; each
/// transfer answers from its own socket (a new transfer ID, RFC 1350 section 4) and runs on its own.
/// </summary>
public sealed partial class TftpServer(
    TftpSettings settings, ProvisioningEngine engine, DeviceFacingUrls urls, TimeProvider clock, Acs.Core.Observability.AcsMetrics metrics, ILogger<TftpServer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<int, Task> transfers = new();
    private UdpClient? listener;
    private Task? receiving;
    private int nextTransfer;

    /// <summary>The bound port once started (the chosen one when ACS_TFTP_PORT is 0); null when disabled.</summary>
    public int? Port => listener is null ? null : ((IPEndPoint)listener.Client.LocalEndPoint!).Port;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
        {
            return Task.CompletedTask;
        }

        try
        {
            listener = new UdpClient(new IPEndPoint(settings.Address, settings.Port));
        }
        catch (SocketException e)
        {
            // Port 69 needs privileges and another server may hold the port: run without TFTP rather than not at all.
            LogBindFailed(logger, settings.Address.ToString(), settings.Port, e.SocketErrorCode.ToString());
            return Task.CompletedTask;
        }

        receiving = ReceiveAsync(listener, stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        listener?.Dispose();
        await Task.WhenAll([.. transfers.Values, receiving ?? Task.CompletedTask]).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        listener?.Dispose();
        stopping.Dispose();
    }

    private async Task ReceiveAsync(UdpClient socket, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            UdpReceiveResult request;
            try
            {
                request = await socket.ReceiveAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // An ICMP "port unreachable" from an earlier peer surfaces here on some systems; keep serving.
                continue;
            }

            var id = Interlocked.Increment(ref nextTransfer);
            transfers[id] = Task.Run(async () =>
            {
                try
                {
                    await ServeAsync(request, ct);
                }
                finally
                {
                    transfers.TryRemove(id, out _);
                }
            }, CancellationToken.None);
        }
    }

    private async Task ServeAsync(UdpReceiveResult request, CancellationToken ct)
    {
        using var socket = new UdpClient(new IPEndPoint(settings.Address, 0));
        var peer = request.RemoteEndPoint;
        try
        {
            var read = TftpCodec.Decode(request.Buffer) switch
            {
                TftpDecoded { Packet: ReadRequest r } => r,
                TftpDecoded { Packet: WriteRequest } => await RefuseAsync(socket, peer, TftpErrorCode.AccessViolation, "this server is read-only", ct),
                _ => await RefuseAsync(socket, peer, TftpErrorCode.IllegalOperation, "expected a read request", ct),
            };
            if (read is null)
            {
                return;
            }

            var outcome = await engine.HandleAsync(
                new ProvisioningRequest(ProvisioningFront.Tftp, read.Filename, urls.ProfileBaseUrl, RemoteAddress: Planes.ClientAddress.Format(peer.Address)), ct);
            metrics.ProfileFetch(ProvisioningFront.Tftp, outcome);
            if (outcome is not ProvisioningOutcome.Document document)
            {
                metrics.TftpTransfer("refused");
                var (code, message) = outcome is ProvisioningOutcome.NotFound or ProvisioningOutcome.Redirect
                    ? (TftpErrorCode.FileNotFound, "File not found")
                    : (TftpErrorCode.AccessViolation, "Access violation");
                await RefuseAsync(socket, peer, code, message, ct);
                return;
            }

            var transfer = new ReadTransfer(
                document.Content, NegotiatedOptions.ForRead(read.Options, document.Content.Length), TftpSettings.RetransmitAfter, TftpSettings.MaxRetransmissions);
            await RunAsync(socket, peer, transfer, ct);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Server shutdown: the peer will time out, as it would with a lost packet.
        }
    }

    private async Task RunAsync(UdpClient socket, IPEndPoint peer, ReadTransfer transfer, CancellationToken ct)
    {
        var action = transfer.Start(clock.GetUtcNow());
        while (true)
        {
            switch (action)
            {
                case SendPacket send:
                    await socket.SendAsync(send.Bytes, peer, ct);
                    break;
                case TransferAborted { Notify: { } notify }:
                    metrics.TftpTransfer("aborted");
                    await socket.SendAsync(TftpCodec.Encode(notify), peer, ct);
                    return;
                case TransferCompleted:
                    metrics.TftpTransfer("completed");
                    return;
                case TransferAborted:
                    metrics.TftpTransfer("aborted");
                    return;
            }

            // The deadline was set from the clock before the packet left, so a clock moved on in between fires at once.
            var wait = transfer.Deadline is { } deadline ? deadline - clock.GetUtcNow() : Timeout.InfiniteTimeSpan;
            using var timer = new CancellationTokenSource(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, clock);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
            try
            {
                var datagram = await socket.ReceiveAsync(either.Token);
                action = !datagram.RemoteEndPoint.Equals(peer)
                    ? await StrangerAsync(socket, datagram.RemoteEndPoint, ct)
                    : TftpCodec.Decode(datagram.Buffer) is TftpDecoded decoded
                        ? transfer.OnPacket(decoded.Packet, clock.GetUtcNow())
                        : new IgnoreEvent("undecodable datagram");
            }
            catch (OperationCanceledException) when (timer.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                action = transfer.OnTimer(clock.GetUtcNow());
            }
        }
    }

    // A packet from another port is not for this transfer: tell its sender, carry on (RFC 1350 section 4).
    private static async Task<TransferAction> StrangerAsync(UdpClient socket, IPEndPoint stranger, CancellationToken ct)
    {
        await socket.SendAsync(TftpCodec.Encode(new ErrorPacket(TftpErrorCode.UnknownTransferId, "Unknown transfer ID")), stranger, ct);
        return new IgnoreEvent("packet from another transfer ID");
    }

    private static async Task<ReadRequest?> RefuseAsync(UdpClient socket, IPEndPoint peer, TftpErrorCode code, string message, CancellationToken ct)
    {
        await socket.SendAsync(TftpCodec.Encode(new ErrorPacket(code, message)), peer, ct);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "TFTP is off: could not bind {Address}:{Port} ({Reason})")]
    private static partial void LogBindFailed(ILogger logger, string address, int port, string reason);
}
