namespace Acs.Provisioning.Dhcp;

// One line of an option explanation. Offset is the position in the decoded bytes; RawHex covers the
// whole field (code and length bytes included) so a reader can line it up with a packet capture.
public sealed record OptionField(int Offset, int Code, int Length, string Name, string Value, string RawHex);
