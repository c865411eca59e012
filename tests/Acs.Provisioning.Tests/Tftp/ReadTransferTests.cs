using Acs.Provisioning.Tftp;

namespace Acs.Provisioning.Tests.Tftp;

public class ReadTransferTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public void A_small_file_is_one_short_block_and_completes_on_its_ack()
    {
        var transfer = new ReadTransfer("hello"u8.ToArray(), NegotiatedOptions.None, Timeout, 3);

        var first = Assert.IsType<SendPacket>(transfer.Start(T0));
        var data = Assert.IsType<DataPacket>(first.Packet);

        Assert.Equal(1, data.Block);
        Assert.Equal("hello"u8.ToArray(), data.Data.ToArray());
        Assert.IsType<TransferCompleted>(transfer.OnPacket(new AckPacket(1), T0));
        Assert.Equal(ReadTransferState.Completed, transfer.State);
        Assert.Null(transfer.Deadline);
    }

    [Theory]
    [InlineData(0, 512, new[] { 0 })]
    [InlineData(511, 512, new[] { 511 })]
    [InlineData(512, 512, new[] { 512, 0 })]
    [InlineData(1024, 512, new[] { 512, 512, 0 })]
    [InlineData(1500, 1428, new[] { 1428, 72 })]
    [InlineData(2856, 1428, new[] { 1428, 1428, 0 })]
    public void Blocks_are_cut_at_the_block_size_and_an_exact_multiple_ends_with_an_empty_block(int fileLength, int blockSize, int[] blockLengths)
    {
        var file = Enumerable.Range(0, fileLength).Select(i => (byte)i).ToArray();
        var options = NegotiatedOptions.ForRead(blockSize == 512 ? [] : [new("blksize", blockSize.ToString(System.Globalization.CultureInfo.InvariantCulture))], fileLength);
        var transfer = new ReadTransfer(file, options, Timeout, 3);

        var received = RunToCompletion(transfer);

        Assert.Equal(blockLengths, received.Select(d => d.Data.Length));
        Assert.Equal(file, received.SelectMany(d => d.Data.ToArray()));
    }

    [Fact]
    public void Options_are_acknowledged_first_and_data_starts_after_ack_zero()
    {
        var options = NegotiatedOptions.ForRead([new("blksize", "1428"), new("tsize", "0"), new("timeout", "5")], 3000);
        var transfer = new ReadTransfer(new byte[3000], options, Timeout, 3);

        var oack = Assert.IsType<OptionAckPacket>(Assert.IsType<SendPacket>(transfer.Start(T0)).Packet);

        Assert.Equal([new("blksize", "1428"), new("tsize", "3000"), new("timeout", "5")], oack.Options);
        Assert.Equal(T0.AddSeconds(5), transfer.Deadline);
        Assert.IsType<IgnoreEvent>(transfer.OnPacket(new AckPacket(1), T0));
        var data = Assert.IsType<DataPacket>(Assert.IsType<SendPacket>(transfer.OnPacket(new AckPacket(0), T0)).Packet);
        Assert.Equal(1, data.Block);
        Assert.Equal(1428, data.Data.Length);
    }

    [Fact]
    public void A_lost_ack_leads_to_a_retransmission_of_the_same_block_at_the_deadline()
    {
        var transfer = new ReadTransfer(new byte[600], NegotiatedOptions.None, Timeout, 3);
        transfer.Start(T0);
        var second = Assert.IsType<SendPacket>(transfer.OnPacket(new AckPacket(1), T0));

        Assert.IsType<IgnoreEvent>(transfer.OnTimer(T0 + Timeout - TimeSpan.FromMilliseconds(1)));
        var resent = Assert.IsType<SendPacket>(transfer.OnTimer(T0 + Timeout));

        Assert.True(resent.IsRetransmission);
        Assert.Equal(second.Bytes, resent.Bytes);
        Assert.Equal(1, transfer.Retransmissions);
        Assert.Equal(T0 + Timeout + Timeout, transfer.Deadline);
    }

    [Fact]
    public void A_duplicate_ack_is_ignored_instead_of_resending()
    {
        var transfer = new ReadTransfer(new byte[1100], NegotiatedOptions.None, Timeout, 3);
        transfer.Start(T0);
        transfer.OnPacket(new AckPacket(1), T0);

        Assert.IsType<IgnoreEvent>(transfer.OnPacket(new AckPacket(1), T0));
        var third = Assert.IsType<DataPacket>(Assert.IsType<SendPacket>(transfer.OnPacket(new AckPacket(2), T0)).Packet);
        Assert.Equal(3, third.Block);
    }

    [Fact]
    public void Too_many_timeouts_abort_with_an_error_for_the_peer()
    {
        var transfer = new ReadTransfer(new byte[10], NegotiatedOptions.None, Timeout, 2);
        transfer.Start(T0);

        Assert.IsType<SendPacket>(transfer.OnTimer(T0 + Timeout));
        Assert.IsType<SendPacket>(transfer.OnTimer(T0 + (2 * Timeout)));
        var aborted = Assert.IsType<TransferAborted>(transfer.OnTimer(T0 + (3 * Timeout)));

        Assert.Equal(TftpErrorCode.NotDefined, aborted.Notify!.Code);
        Assert.Equal(ReadTransferState.Failed, transfer.State);
    }

    [Fact]
    public void Progress_resets_the_retransmission_count()
    {
        var transfer = new ReadTransfer(new byte[1000], NegotiatedOptions.None, Timeout, 1);
        transfer.Start(T0);
        transfer.OnTimer(T0 + Timeout);

        transfer.OnPacket(new AckPacket(1), T0 + Timeout);

        Assert.Equal(0, transfer.Retransmissions);
        Assert.IsType<SendPacket>(transfer.OnTimer(T0 + (2 * Timeout)));
    }

    [Fact]
    public void An_error_from_the_peer_ends_the_transfer_without_a_reply()
    {
        var transfer = new ReadTransfer(new byte[10], NegotiatedOptions.ForRead([new("blksize", "4")], 10), Timeout, 2);
        transfer.Start(T0);

        var aborted = Assert.IsType<TransferAborted>(transfer.OnPacket(new ErrorPacket(TftpErrorCode.OptionNegotiationRefused, "no"), T0));

        Assert.Null(aborted.Notify);
        Assert.IsType<IgnoreEvent>(transfer.OnTimer(T0 + Timeout));
    }

    [Fact]
    public void An_unexpected_packet_is_an_illegal_operation()
    {
        var transfer = new ReadTransfer(new byte[10], NegotiatedOptions.None, Timeout, 2);
        transfer.Start(T0);

        var aborted = Assert.IsType<TransferAborted>(transfer.OnPacket(new DataPacket(1, new byte[3]), T0));

        Assert.Equal(TftpErrorCode.IllegalOperation, aborted.Notify!.Code);
    }

    [Fact]
    public void Block_numbers_wrap_after_65535()
    {
        var file = new byte[(65536 * 8) + 3];
        var transfer = new ReadTransfer(file, NegotiatedOptions.ForRead([new("blksize", "8")], file.Length), Timeout, 1);

        var received = RunToCompletion(transfer);

        Assert.Equal(65537, received.Count);
        Assert.Equal(65535, received[65534].Block);
        Assert.Equal(0, received[65535].Block);
        Assert.Equal(3, received[^1].Data.Length);
    }

    [Theory]
    [InlineData("blksize", "7", false)]
    [InlineData("blksize", "65465", false)]
    [InlineData("blksize", "abc", false)]
    [InlineData("BLKSIZE", "8", true)]
    [InlineData("timeout", "0", false)]
    [InlineData("timeout", "256", false)]
    [InlineData("timeout", "255", true)]
    [InlineData("tsize", "-1", false)]
    [InlineData("windowsize", "4", false)]
    public void Options_outside_their_ranges_are_dropped(string name, string value, bool accepted)
    {
        var options = NegotiatedOptions.ForRead([new(name, value)], 100);

        Assert.Equal(accepted, options.Acknowledged.Count == 1);
    }

    [Fact]
    public void The_server_block_size_limit_caps_the_requested_one()
    {
        var options = NegotiatedOptions.ForRead([new("blksize", "65464")], 100, serverMaxBlockSize: 1468);

        Assert.Equal(1468, options.BlockSize);
        Assert.Equal("1468", options.Acknowledged[0].Value);
    }

    private static List<DataPacket> RunToCompletion(ReadTransfer transfer)
    {
        var received = new List<DataPacket>();
        var action = transfer.Start(T0);
        while (action is SendPacket send)
        {
            // Every packet goes through the codec as it would on the wire.
            var packet = Assert.IsType<TftpDecoded>(TftpCodec.Decode(send.Bytes)).Packet;
            ushort ackFor = 0;
            if (packet is DataPacket data)
            {
                received.Add(data);
                ackFor = data.Block;
            }

            action = transfer.OnPacket(new AckPacket(ackFor), T0);
        }

        Assert.IsType<TransferCompleted>(action);
        return received;
    }
}
