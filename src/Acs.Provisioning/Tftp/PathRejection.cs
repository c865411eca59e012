namespace Acs.Provisioning.Tftp;

public enum PathRejection
{
    None,
    Empty,
    Nul,
    ControlCharacter,
    Backslash,
    Colon,
    EmptySegment,
    DotSegment,
    Traversal,
}
