namespace Acs.Provisioning.Tftp;

// Server side of one read transfer, lock-step: one packet in flight, resent when its deadline passes.
// It holds no clock and no socket: the transport passes "now" with every event and arms a timer for
// Deadline. Block numbers wrap from 65535 to 0, as common servers and clients do.
public sealed class ReadTransfer
{
    private readonly ReadOnlyMemory<byte> file;
    private readonly NegotiatedOptions options;
    private readonly TimeSpan retransmitAfter;
    private readonly int maxRetransmissions;
    private readonly long lastBlockIndex;
    private long blockIndex;
    private byte[] inFlight = [];
    private TftpPacket? inFlightPacket;

    public ReadTransfer(ReadOnlyMemory<byte> file, NegotiatedOptions options, TimeSpan defaultTimeout, int maxRetransmissions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetransmissions);
        this.file = file;
        this.options = options;
        this.maxRetransmissions = maxRetransmissions;
        retransmitAfter = options.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : defaultTimeout;

        // The last block is always shorter than the block size, so an exact multiple ends with an empty block.
        lastBlockIndex = (file.Length / options.BlockSize) + 1;
    }

    public ReadTransferState State { get; private set; } = ReadTransferState.NotStarted;

    public DateTimeOffset? Deadline { get; private set; }

    public int Retransmissions { get; private set; }

    public TransferAction Start(DateTimeOffset now)
    {
        if (State != ReadTransferState.NotStarted)
        {
            return new IgnoreEvent("already started");
        }

        if (options.Acknowledged.Count > 0)
        {
            State = ReadTransferState.AwaitingOptionAck;
            return Send(new OptionAckPacket(options.Acknowledged), now);
        }

        return SendBlock(1, now);
    }

    public TransferAction OnPacket(TftpPacket packet, DateTimeOffset now) => (State, packet) switch
    {
        (ReadTransferState.Completed or ReadTransferState.Failed or ReadTransferState.NotStarted, _) => new IgnoreEvent($"transfer is {State}"),
        (_, ErrorPacket error) => Fail(null, $"peer sent error {(int)error.Code}: {error.Message}"),
        (ReadTransferState.AwaitingOptionAck, AckPacket { Block: 0 }) => SendBlock(1, now),
        (ReadTransferState.AwaitingAck, AckPacket ack) when ack.Block == WireBlock(blockIndex) => OnCurrentAck(now),
        (_, AckPacket ack) => new IgnoreEvent($"ACK {ack.Block} is not for the block in flight"),
        _ => Fail(new ErrorPacket(TftpErrorCode.IllegalOperation, "unexpected packet during a read transfer"), $"unexpected {packet.Opcode}"),
    };

    public TransferAction OnTimer(DateTimeOffset now)
    {
        if (State is not (ReadTransferState.AwaitingAck or ReadTransferState.AwaitingOptionAck))
        {
            return new IgnoreEvent($"transfer is {State}");
        }

        if (now < Deadline)
        {
            return new IgnoreEvent("deadline not reached");
        }

        if (Retransmissions >= maxRetransmissions)
        {
            return Fail(new ErrorPacket(TftpErrorCode.NotDefined, "timed out"), $"no answer after {Retransmissions} retransmissions");
        }

        Retransmissions++;
        Deadline = now + retransmitAfter;
        return new SendPacket(inFlightPacket!, inFlight, IsRetransmission: true);
    }

    private TransferAction OnCurrentAck(DateTimeOffset now)
    {
        if (blockIndex == lastBlockIndex)
        {
            State = ReadTransferState.Completed;
            Deadline = null;
            return new TransferCompleted();
        }

        return SendBlock(blockIndex + 1, now);
    }

    private TransferAction SendBlock(long index, DateTimeOffset now)
    {
        blockIndex = index;
        State = ReadTransferState.AwaitingAck;
        var start = (index - 1) * options.BlockSize;
        var length = (int)Math.Min(options.BlockSize, file.Length - start);
        return Send(new DataPacket(WireBlock(index), file.Slice((int)start, length)), now);
    }

    private SendPacket Send(TftpPacket packet, DateTimeOffset now)
    {
        inFlightPacket = packet;
        inFlight = TftpCodec.Encode(packet);
        Retransmissions = 0;
        Deadline = now + retransmitAfter;
        return new SendPacket(packet, inFlight, IsRetransmission: false);
    }

    private TransferAborted Fail(ErrorPacket? notify, string why)
    {
        State = ReadTransferState.Failed;
        Deadline = null;
        return new TransferAborted(notify, why);
    }

    private static ushort WireBlock(long index) => (ushort)(index & 0xFFFF);
}
