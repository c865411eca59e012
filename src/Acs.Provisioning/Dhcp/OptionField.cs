namespace Acs.Provisioning.Dhcp;

// One line of an option explanation. Offset is the position in the decoded bytes. RawHex holds the
// bytes the line describes: the code and length bytes for the option header, the enterprise number and
// data length for an option 125 block, code, length and value for a sub-option. Joined in order, the
// RawHex of all lines gives back the input, which lets a reader line them up with a packet capture.
public sealed record OptionField(int Offset, int Code, int Length, string Name, string Value, string RawHex);
