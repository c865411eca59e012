namespace Acs.Provisioning.Tftp;

// Option names are case-insensitive on the wire (RFC 2347); values are kept as sent.
public sealed record TftpOption(string Name, string Value)
{
    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);
}
