namespace Acs.Core.Security;

/// <summary>Whether CPEs present TLS client certificates on the device plane (Acs:DeviceAuth:ClientCertificates).</summary>
public enum DeviceCertificateMode
{
    /// <summary>No certificate is asked for.</summary>
    Off,

    /// <summary>Asked for; a device without one is still admitted (and authenticated as configured otherwise).</summary>
    Optional,

    /// <summary>The TLS handshake fails without a certificate from the trusted CA.</summary>
    Required,
}
