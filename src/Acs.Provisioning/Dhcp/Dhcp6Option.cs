namespace Acs.Provisioning.Dhcp;

// A DHCPv6 option: two-byte code, two-byte length (both big-endian), then the value.
public sealed class Dhcp6Option
{
    public Dhcp6Option(ushort code, byte[] value)
    {
        if (value.Length > ushort.MaxValue)
        {
            throw new ArgumentException($"Option {code} value is {value.Length} bytes; a DHCPv6 option holds at most 65535.", nameof(value));
        }

        Code = code;
        Value = value;
    }

    public ushort Code { get; }

    public byte[] Value { get; }

    public byte[] ToBytes()
    {
        var bytes = new byte[Value.Length + 4];
        bytes[0] = (byte)(Code >> 8);
        bytes[1] = (byte)Code;
        bytes[2] = (byte)(Value.Length >> 8);
        bytes[3] = (byte)Value.Length;
        Value.CopyTo(bytes, 4);
        return bytes;
    }
}
