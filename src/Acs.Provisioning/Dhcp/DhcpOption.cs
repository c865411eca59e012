namespace Acs.Provisioning.Dhcp;

// A DHCPv4 option as it travels on the wire: one code byte, one length byte, then the value.
public sealed class DhcpOption
{
    public DhcpOption(byte code, byte[] value)
    {
        if (value.Length > 255)
        {
            // RFC 3396 long-option splitting is not supported: every option we produce must fit one TLV.
            throw new ArgumentException($"Option {code} value is {value.Length} bytes; a DHCPv4 option holds at most 255.", nameof(value));
        }

        Code = code;
        Value = value;
    }

    public byte Code { get; }

    public byte[] Value { get; }

    public byte[] ToBytes()
    {
        var bytes = new byte[Value.Length + 2];
        bytes[0] = Code;
        bytes[1] = (byte)Value.Length;
        Value.CopyTo(bytes, 2);
        return bytes;
    }
}
