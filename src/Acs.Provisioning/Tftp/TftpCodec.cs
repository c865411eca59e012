using System.Buffers.Binary;
using System.Text;

namespace Acs.Provisioning.Tftp;

// RFC 1350 packets with the RFC 2347 option extension. All integers are big-endian 16-bit.
public static class TftpCodec
{
    public const int MaxBlockSize = 65464;

    private static readonly string[] Modes = ["netascii", "octet", "mail"];

    public static byte[] Encode(TftpPacket packet)
    {
        var output = new List<byte>(64);
        AppendUInt16(output, (ushort)packet.Opcode);
        switch (packet)
        {
            case TftpRequest request:
                AppendText(output, request.Filename);
                AppendText(output, request.Mode);
                AppendOptions(output, request.Options);
                break;
            case DataPacket data:
                AppendUInt16(output, data.Block);
                output.AddRange(data.Data.Span);
                break;
            case AckPacket ack:
                AppendUInt16(output, ack.Block);
                break;
            case ErrorPacket error:
                AppendUInt16(output, (ushort)error.Code);
                AppendText(output, error.Message);
                break;
            case OptionAckPacket optionAck:
                AppendOptions(output, optionAck.Options);
                break;
            default:
                throw new ArgumentException($"Unknown packet type {packet.GetType().Name}.", nameof(packet));
        }

        return [.. output];
    }

    public static TftpDecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2)
        {
            return new TftpRejected(TftpRejectionReason.TooShort, "no opcode");
        }

        var opcode = BinaryPrimitives.ReadUInt16BigEndian(bytes);
        var body = bytes[2..];
        return (TftpOpcode)opcode switch
        {
            TftpOpcode.ReadRequest or TftpOpcode.WriteRequest => DecodeRequest((TftpOpcode)opcode, body),
            TftpOpcode.Data => DecodeData(body),
            TftpOpcode.Acknowledgment => DecodeAck(body),
            TftpOpcode.Error => DecodeError(body),
            TftpOpcode.OptionAcknowledgment => DecodeOptionAck(body),
            _ => new TftpRejected(TftpRejectionReason.UnknownOpcode, $"opcode {opcode}"),
        };
    }

    private static TftpDecodeResult DecodeRequest(TftpOpcode opcode, ReadOnlySpan<byte> body)
    {
        var fields = new List<string>();
        var rejection = SplitStrings(body, fields);
        if (rejection is not null)
        {
            return rejection;
        }

        if (fields.Count < 2)
        {
            return new TftpRejected(TftpRejectionReason.MissingTerminator, "a request needs a filename and a mode");
        }

        if (fields[0].Length == 0)
        {
            return new TftpRejected(TftpRejectionReason.EmptyFilename, "the filename is empty");
        }

        if (!Modes.Contains(fields[1], StringComparer.OrdinalIgnoreCase))
        {
            return new TftpRejected(TftpRejectionReason.UnknownMode, $"mode '{fields[1]}'");
        }

        var options = new List<TftpOption>();
        var optionRejection = ReadOptions(fields.Skip(2).ToList(), options);
        if (optionRejection is not null)
        {
            return optionRejection;
        }

        var mode = fields[1].ToLowerInvariant();
        return new TftpDecoded(opcode == TftpOpcode.ReadRequest
            ? new ReadRequest(fields[0], mode, options)
            : new WriteRequest(fields[0], mode, options));
    }

    private static TftpDecodeResult DecodeData(ReadOnlySpan<byte> body)
    {
        if (body.Length < 2)
        {
            return new TftpRejected(TftpRejectionReason.TooShort, "DATA without a block number");
        }

        if (body.Length - 2 > MaxBlockSize)
        {
            return new TftpRejected(TftpRejectionReason.DataTooLong, $"{body.Length - 2} data bytes; the largest block is {MaxBlockSize}");
        }

        return new TftpDecoded(new DataPacket(BinaryPrimitives.ReadUInt16BigEndian(body), body[2..].ToArray()));
    }

    private static TftpDecodeResult DecodeAck(ReadOnlySpan<byte> body) => body.Length switch
    {
        < 2 => new TftpRejected(TftpRejectionReason.TooShort, "ACK without a block number"),
        > 2 => new TftpRejected(TftpRejectionReason.TrailingBytes, $"{body.Length - 2} bytes after the block number"),
        _ => new TftpDecoded(new AckPacket(BinaryPrimitives.ReadUInt16BigEndian(body))),
    };

    private static TftpDecodeResult DecodeError(ReadOnlySpan<byte> body)
    {
        if (body.Length < 2)
        {
            return new TftpRejected(TftpRejectionReason.TooShort, "ERROR without a code");
        }

        var fields = new List<string>();
        var rejection = SplitStrings(body[2..], fields);
        if (rejection is not null)
        {
            return rejection;
        }

        if (fields.Count != 1)
        {
            return fields.Count == 0
                ? new TftpRejected(TftpRejectionReason.MissingTerminator, "ERROR without a message")
                : new TftpRejected(TftpRejectionReason.TrailingBytes, "bytes after the error message");
        }

        return new TftpDecoded(new ErrorPacket((TftpErrorCode)BinaryPrimitives.ReadUInt16BigEndian(body), fields[0]));
    }

    private static TftpDecodeResult DecodeOptionAck(ReadOnlySpan<byte> body)
    {
        var fields = new List<string>();
        var rejection = SplitStrings(body, fields);
        if (rejection is not null)
        {
            return rejection;
        }

        var options = new List<TftpOption>();
        var optionRejection = ReadOptions(fields, options);
        if (optionRejection is not null)
        {
            return optionRejection;
        }

        return options.Count == 0
            ? new TftpRejected(TftpRejectionReason.NoOptions, "an OACK acknowledges at least one option")
            : new TftpDecoded(new OptionAckPacket(options));
    }

    // Every string must end with NUL; bytes after the last NUL mean the packet was cut short.
    private static TftpRejected? SplitStrings(ReadOnlySpan<byte> body, List<string> fields)
    {
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)0);
            if (end < 0)
            {
                return new TftpRejected(TftpRejectionReason.MissingTerminator, $"field {fields.Count + 1} has no NUL terminator");
            }

            foreach (var b in body[..end])
            {
                if (b is < 0x20 or > 0x7e)
                {
                    return new TftpRejected(TftpRejectionReason.InvalidText, $"byte 0x{b:x2} in field {fields.Count + 1}");
                }
            }

            fields.Add(Encoding.ASCII.GetString(body[..end]));
            body = body[(end + 1)..];
        }

        return null;
    }

    private static TftpRejected? ReadOptions(List<string> fields, List<TftpOption> options)
    {
        if (fields.Count % 2 != 0)
        {
            return new TftpRejected(TftpRejectionReason.IncompleteOption, $"option '{fields[^1]}' has no value");
        }

        for (var i = 0; i < fields.Count; i += 2)
        {
            if (fields[i].Length == 0)
            {
                return new TftpRejected(TftpRejectionReason.EmptyOptionName, $"option {(i / 2) + 1} has no name");
            }

            if (options.Any(o => o.Is(fields[i])))
            {
                return new TftpRejected(TftpRejectionReason.DuplicateOption, $"option '{fields[i]}' appears twice");
            }

            options.Add(new TftpOption(fields[i], fields[i + 1]));
        }

        return null;
    }

    private static void AppendOptions(List<byte> output, IReadOnlyList<TftpOption> options)
    {
        foreach (var option in options)
        {
            AppendText(output, option.Name);
            AppendText(output, option.Value);
        }
    }

    private static void AppendText(List<byte> output, string text)
    {
        if (text.Any(c => c is < ' ' or > '~'))
        {
            throw new ArgumentException($"'{text}' is not printable ASCII.", nameof(text));
        }

        output.AddRange(Encoding.ASCII.GetBytes(text));
        output.Add(0);
    }

    private static void AppendUInt16(List<byte> output, ushort value)
    {
        output.Add((byte)(value >> 8));
        output.Add((byte)value);
    }
}
