using Acs.Provisioning.Dhcp;
using Acs.Provisioning.Tftp;

namespace Acs.Provisioning.Tests.Tftp;

public class TftpCodecTests
{
    public static TheoryData<string, string> Packets() => new()
    {
        // 00 01 | "/8851-3PCC.xml" 00 | "octet" 00
        { "rrq", "0001" + "2f383835312d335043432e786d6c00" + "6f6374657400" },
        // 00 01 | "a" 00 | "octet" 00 | "blksize" 00 "1428" 00 | "tsize" 00 "0" 00 | "timeout" 00 "5" 00
        { "rrq-options", "0001" + "6100" + "6f6374657400" + "626c6b73697a6500" + "3134323800" + "7473697a6500" + "3000" + "74696d656f757400" + "3500" },
        // 00 02 | "report.xml" 00 | "netascii" 00
        { "wrq", "0002" + "7265706f72742e786d6c00" + "6e65746173636969" + "00" },
        // 00 03 | block 00 01 | "hi"
        { "data", "0003" + "0001" + "6869" },
        // 00 03 | block ff ff | empty
        { "data-empty", "0003" + "ffff" },
        // 00 04 | block 00 07
        { "ack", "0004" + "0007" },
        // 00 05 | code 00 01 | "File not found" 00
        { "error", "0005" + "0001" + "46696c65206e6f7420666f756e6400" },
        // 00 06 | "blksize" 00 "1428" 00
        { "oack", "0006" + "626c6b73697a6500" + "3134323800" },
    };

    [Theory]
    [MemberData(nameof(Packets))]
    public void Packets_round_trip_byte_for_byte(string name, string hex)
    {
        var bytes = Convert.FromHexString(hex);

        var decoded = Assert.IsType<TftpDecoded>(TftpCodec.Decode(bytes));

        Assert.True(HexText.Plain(TftpCodec.Encode(decoded.Packet)) == hex, name);
    }

    [Fact]
    public void A_read_request_with_options_is_read_field_by_field()
    {
        var bytes = Convert.FromHexString("0001" + "6100" + "4f4354455400" + "424c4b53495a4500" + "3134323800");

        var request = Assert.IsType<ReadRequest>(Assert.IsType<TftpDecoded>(TftpCodec.Decode(bytes)).Packet);

        Assert.Equal("a", request.Filename);
        Assert.Equal("octet", request.Mode);
        var option = Assert.Single(request.Options);
        Assert.True(option.Is("blksize"));
        Assert.Equal("1428", option.Value);
    }

    [Fact]
    public void Encoded_packets_have_the_rfc_layout()
    {
        Assert.Equal("00040102", HexText.Plain(TftpCodec.Encode(new AckPacket(0x0102))));
        Assert.Equal("0005000800", HexText.Plain(TftpCodec.Encode(new ErrorPacket(TftpErrorCode.OptionNegotiationRefused, ""))));
        Assert.Equal("000300016869", HexText.Plain(TftpCodec.Encode(new DataPacket(1, "hi"u8.ToArray()))));
    }

    [Theory]
    [InlineData("", TftpRejectionReason.TooShort)]
    [InlineData("00", TftpRejectionReason.TooShort)]
    [InlineData("0009", TftpRejectionReason.UnknownOpcode)]
    [InlineData("0000", TftpRejectionReason.UnknownOpcode)]
    [InlineData("0001", TftpRejectionReason.MissingTerminator)]
    [InlineData("00016100", TftpRejectionReason.MissingTerminator)]
    [InlineData("000161006f63746574", TftpRejectionReason.MissingTerminator)]
    [InlineData("0001006f6374657400", TftpRejectionReason.EmptyFilename)]
    [InlineData("000161006d6f646500", TftpRejectionReason.UnknownMode)]
    [InlineData("000161006f6374657400626c6b73697a6500", TftpRejectionReason.IncompleteOption)]
    [InlineData("000161006f637465740000313400", TftpRejectionReason.EmptyOptionName)]
    [InlineData("000161006f6374657400746f003100544f003200", TftpRejectionReason.DuplicateOption)]
    [InlineData("0001610a006f6374657400", TftpRejectionReason.InvalidText)]
    [InlineData("000300", TftpRejectionReason.TooShort)]
    [InlineData("000400", TftpRejectionReason.TooShort)]
    [InlineData("0004000100", TftpRejectionReason.TrailingBytes)]
    [InlineData("000500", TftpRejectionReason.TooShort)]
    [InlineData("00050001", TftpRejectionReason.MissingTerminator)]
    [InlineData("0005000141", TftpRejectionReason.MissingTerminator)]
    [InlineData("00050001410042", TftpRejectionReason.MissingTerminator)]
    [InlineData("0005000141004200", TftpRejectionReason.TrailingBytes)]
    [InlineData("0006", TftpRejectionReason.NoOptions)]
    public void Malformed_packets_get_typed_rejections(string hex, TftpRejectionReason reason)
    {
        var bytes = Convert.FromHexString(hex);

        Assert.Equal(reason, Assert.IsType<TftpRejected>(TftpCodec.Decode(bytes)).Reason);
    }

    [Fact]
    public void Oversized_data_is_rejected()
    {
        var bytes = new byte[4 + TftpCodec.MaxBlockSize + 1];
        bytes[1] = 3;

        Assert.Equal(TftpRejectionReason.DataTooLong, Assert.IsType<TftpRejected>(TftpCodec.Decode(bytes)).Reason);
    }

    [Theory]
    [InlineData("0001" + "2f612e786d6c00" + "6f6374657400")]
    [InlineData("0004" + "0007")]
    [InlineData("0005" + "0001" + "46696c65206e6f7420666f756e6400")]
    [InlineData("0006" + "626c6b73697a6500" + "3134323800")]
    public void Every_truncation_of_a_packet_without_optional_parts_is_rejected(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.True(TftpCodec.Decode(bytes.AsSpan(0, length)) is TftpRejected, $"length {length}");
        }
    }

    [Fact]
    public void Truncations_of_a_request_with_options_are_rejected_or_keep_a_prefix_of_the_options()
    {
        var full = new ReadRequest("a", "octet", [new("blksize", "1428"), new("tsize", "0")]);
        var bytes = TftpCodec.Encode(full);
        for (var length = 0; length < bytes.Length; length++)
        {
            switch (TftpCodec.Decode(bytes.AsSpan(0, length)))
            {
                case TftpRejected:
                    break;
                case TftpDecoded { Packet: ReadRequest partial }:
                    Assert.Equal(full.Options.Take(partial.Options.Count), partial.Options);
                    Assert.True(partial.Options.Count < full.Options.Count);
                    break;
                default:
                    Assert.Fail($"length {length} decoded to something else");
                    break;
            }
        }
    }
}
