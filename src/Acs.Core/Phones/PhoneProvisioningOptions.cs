namespace Acs.Core.Phones;

/// <summary>Settings of phone provisioning, bound from "Acs:Provisioning".</summary>
public sealed class PhoneProvisioningOptions
{
    public const string Section = "Acs:Provisioning";

    /// <summary>The CWMP URL given to devices (DHCP option 43/17); defaults to the device-plane URL.</summary>
    public string? AcsUrl { get; set; }

    /// <summary>Where phones fetch profiles (bootstrap Profile_Rule, option 160, SRV targets); defaults to the device-plane URL.</summary>
    public string? ProfileBaseUrl { get; set; }

    /// <summary>Serve a phone without a macs/ layer from the shared layers instead of answering 404.</summary>
    public bool AutoRegister { get; set; }

    /// <summary>The Digest realm of layer credentials.</summary>
    public string Realm { get; set; } = "Acs phones";
}
