using System.Text;

namespace Acs.Provisioning.Dhcp;

// Explains options 43, 60 and 125 field by field. Bad input is answered with a RejectedOption, never an exception.
public static class DhcpOptionDecoder
{
    public static OptionDecodeResult DecodeVendorSpecific(string hex, OptionFraming framing = OptionFraming.CodeLengthValue) =>
        Decode(hex, framing, DhcpOptions.VendorSpecificCode, "Vendor-Specific Information", ReadCwmpSubOptions);

    public static OptionDecodeResult DecodeVendorClass(string hex, OptionFraming framing = OptionFraming.CodeLengthValue) =>
        Decode(hex, framing, DhcpOptions.VendorClassCode, "Vendor class identifier", ReadVendorClass);

    public static OptionDecodeResult DecodeVendorIdentifying(string hex, OptionFraming framing = OptionFraming.CodeLengthValue) =>
        Decode(hex, framing, DhcpOptions.VendorIdentifyingSpecificCode, "V-I Vendor-Specific Information", ReadEnterpriseBlocks);

    private static OptionDecodeResult Decode(
        string hex, OptionFraming framing, byte code, string name, Func<byte[], int, int, List<OptionField>, RejectedOption?> readBody)
    {
        var fields = new List<OptionField>();
        if (!HexText.TryParse(hex, out var bytes, out var error))
        {
            return new RejectedOption(OptionRejectionReason.InvalidHex, 0, error, fields);
        }

        if (bytes.Length == 0)
        {
            return new RejectedOption(OptionRejectionReason.Empty, 0, "no bytes to decode", fields);
        }

        var start = 0;
        if (framing == OptionFraming.CodeLengthValue)
        {
            if (bytes[0] != code)
            {
                return new RejectedOption(OptionRejectionReason.WrongOptionCode, 0, $"expected option {code}, found {bytes[0]}", fields);
            }

            if (bytes.Length < 2)
            {
                return new RejectedOption(OptionRejectionReason.Truncated, 1, "the length byte is missing", fields);
            }

            var declared = bytes[1];
            if (bytes.Length - 2 < declared)
            {
                return new RejectedOption(OptionRejectionReason.Truncated, bytes.Length, $"length says {declared} bytes, only {bytes.Length - 2} present", fields);
            }

            if (bytes.Length - 2 > declared)
            {
                return new RejectedOption(OptionRejectionReason.TrailingBytes, 2 + declared, $"{bytes.Length - 2 - declared} bytes after the {declared} the length announces", fields);
            }

            fields.Add(new OptionField(0, code, declared, $"Option {code} {name}", $"{declared} bytes", HexText.WithColons(bytes.AsSpan(0, 2))));
            start = 2;
        }
        else if (bytes.Length > 255)
        {
            return new RejectedOption(OptionRejectionReason.TooLong, 255, $"{bytes.Length} bytes; a DHCPv4 option value holds at most 255", fields);
        }

        var rejection = readBody(bytes, start, bytes.Length, fields);
        return rejection is null ? new DecodedOption(fields) : rejection;
    }

    private static RejectedOption? ReadVendorClass(byte[] bytes, int start, int end, List<OptionField> fields)
    {
        var text = Describe(bytes.AsSpan(start, end - start));
        var name = CwmpSubOptions.IsCwmpVendorClass(text) ? "Vendor class (TR-069 CPE: dslforum.org)" : "Vendor class";
        fields.Add(new OptionField(start, DhcpOptions.VendorClassCode, end - start, name, text, HexText.WithColons(bytes.AsSpan(start, end - start))));
        return null;
    }

    private static RejectedOption? ReadCwmpSubOptions(byte[] bytes, int start, int end, List<OptionField> fields) =>
        ReadSubOptions(bytes, start, end, fields, CwmpSubOptions.Name, DescribeCwmpValue);

    private static RejectedOption? ReadEnterpriseBlocks(byte[] bytes, int start, int end, List<OptionField> fields)
    {
        var position = start;
        while (position < end)
        {
            if (end - position < 5)
            {
                return new RejectedOption(OptionRejectionReason.Truncated, position, "an enterprise block needs 4 bytes of enterprise number and a data length", fields);
            }

            var enterprise = (uint)((bytes[position] << 24) | (bytes[position + 1] << 16) | (bytes[position + 2] << 8) | bytes[position + 3]);
            var dataLength = bytes[position + 4];
            if (end - position - 5 < dataLength)
            {
                return new RejectedOption(OptionRejectionReason.Truncated, end, $"enterprise {enterprise} announces {dataLength} bytes, only {end - position - 5} present", fields);
            }

            var isForum = enterprise == CwmpSubOptions.BroadbandForumEnterprise;
            var label = isForum ? $"Enterprise {enterprise} (Broadband Forum, TR-111)" : $"Enterprise {enterprise}";
            fields.Add(new OptionField(position, (int)enterprise, dataLength, label, $"{dataLength} bytes of sub-options", HexText.WithColons(bytes.AsSpan(position, 5))));
            Func<int, string> names = isForum ? GatewayAssociation.Name : _ => "vendor sub-option";
            var rejection = ReadSubOptions(bytes, position + 5, position + 5 + dataLength, fields, names, (_, value) => Describe(value));
            if (rejection is not null)
            {
                return rejection;
            }

            position += 5 + dataLength;
        }

        return null;
    }

    private static RejectedOption? ReadSubOptions(
        byte[] bytes, int start, int end, List<OptionField> fields, Func<int, string> names, Func<int, ReadOnlySpan<byte>, string> describe)
    {
        var position = start;
        while (position < end)
        {
            var code = bytes[position];
            if (code == 0)
            {
                fields.Add(new OptionField(position, 0, 0, "Pad", string.Empty, HexText.WithColons(bytes.AsSpan(position, 1))));
                position++;
                continue;
            }

            if (code == 255)
            {
                fields.Add(new OptionField(position, 255, 0, "End", string.Empty, HexText.WithColons(bytes.AsSpan(position, 1))));
                return position + 1 == end
                    ? null
                    : new RejectedOption(OptionRejectionReason.TrailingBytes, position + 1, "bytes after the End sub-option", fields);
            }

            if (end - position < 2)
            {
                return new RejectedOption(OptionRejectionReason.Truncated, position, $"sub-option {code} has no length byte", fields);
            }

            var length = bytes[position + 1];
            if (end - position - 2 < length)
            {
                return new RejectedOption(OptionRejectionReason.Truncated, end, $"sub-option {code} announces {length} bytes, only {end - position - 2} present", fields);
            }

            var value = bytes.AsSpan(position + 2, length);
            fields.Add(new OptionField(position, code, length, names(code), describe(code, value), HexText.WithColons(bytes.AsSpan(position, length + 2))));
            position += 2 + length;
        }

        return null;
    }

    // Sub-options 3 and 4 are sent as decimal text by our encoder; other servers may send a binary integer.
    private static string DescribeCwmpValue(int code, ReadOnlySpan<byte> value)
    {
        var isRetryValue = code is CwmpSubOptions.RetryMinimumWaitInterval or CwmpSubOptions.RetryIntervalMultiplier;
        if (isRetryValue && value.Length is > 0 and <= 4 && !IsDecimalText(value))
        {
            var number = 0u;
            foreach (var b in value)
            {
                number = (number << 8) | b;
            }

            return $"{number} (binary integer)";
        }

        return Describe(value);
    }

    private static bool IsDecimalText(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            if (b is < 0x20 or > 0x7e)
            {
                return "hex " + HexText.Plain(value);
            }
        }

        return Encoding.ASCII.GetString(value);
    }
}
