namespace Acs.Core.Security;

/// <summary>How CPEs authenticate to the ACS.</summary>
public enum DeviceAuthMode
{
    None,
    Basic,
    Digest,
}
