namespace Acs.Core.Devices;

/// <summary>A CPE or phone known to the ACS, keyed by its registry id (see <see cref="DeviceIdentity"/>).</summary>
public sealed class Device
{
    public required string Id { get; set; }
    public string Oui { get; set; } = "";
    public string ProductClass { get; set; } = "";
    public string SerialNumber { get; set; } = "";
    public string Manufacturer { get; set; } = "";
    public string? SoftwareVersion { get; set; }
    public string? HardwareVersion { get; set; }
    public string? ProvisioningCode { get; set; }
    public string? ConnectionRequestUrl { get; set; }
    public string? ConnectionRequestUsername { get; set; }
    public string? ConnectionRequestPassword { get; set; }
    public string? MacAddress { get; set; }

    /// <summary>The namespace URI of the last Inform, so RPCs go out in the device's own CWMP version.</summary>
    public string? CwmpNamespace { get; set; }
    public string? IpAddress { get; set; }
    public uint? PeriodicInformInterval { get; set; }

    /// <summary>Per-device credentials for CPE-to-ACS authentication; the password is kept only as Digest HA1.</summary>
    public string? CwmpUsername { get; set; }
    public string? CwmpPasswordHa1 { get; set; }

    /// <summary>False for a device pre-provisioned on an allow-list that has not informed yet.</summary>
    public bool HasInformed { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime? LastInform { get; set; }
    public DateTime? LastBoot { get; set; }
    public DateTime? LastBootstrap { get; set; }
    /// <summary>When a phone last fetched its profile over HTTP or TFTP.</summary>
    public DateTime? LastResync { get; set; }
    public DateTime? LastConnectionRequestAt { get; set; }
    public string? LastConnectionRequestOutcome { get; set; }

    /// <summary>While in the future, the device's CWMP exchanges are recorded in its SOAP trace.</summary>
    public DateTime? TraceUntil { get; set; }
}
