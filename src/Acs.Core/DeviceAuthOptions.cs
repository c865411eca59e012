using Acs.Core.Security;

namespace Acs.Core;

/// <summary>CPE-to-ACS authentication: mode, realm and the shared credentials (per-device ones live in the registry).</summary>
public sealed class DeviceAuthOptions
{
    public DeviceAuthMode Mode { get; set; } = DeviceAuthMode.None;
    public DeviceAdmission Admission { get; set; } = DeviceAdmission.AutoRegister;
    public string Realm { get; set; } = "Acs";
    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>TLS client certificates on the device plane; a certificate given is bound to the Inform's serial number.</summary>
    public DeviceCertificateMode ClientCertificates { get; set; } = DeviceCertificateMode.Off;

    /// <summary>PEM bundle of the CAs whose client certificates are accepted (needed unless ClientCertificates is Off).</summary>
    public string? ClientCaFile { get; set; }

    /// <summary>How long a Digest nonce stays valid.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
