namespace Acs.Provisioning.Dhcp;

// Sub-option codes shared by DHCPv4 option 43 and DHCPv6 option 17 (TR-069 section 3.1).
public static class CwmpSubOptions
{
    public const byte AcsUrl = 1;
    public const byte ProvisioningCode = 2;
    public const byte RetryMinimumWaitInterval = 3;
    public const byte RetryIntervalMultiplier = 4;

    public const uint BroadbandForumEnterprise = 3561;

    public const string VendorClass = "dslforum.org";

    public static string Name(int code) => code switch
    {
        AcsUrl => "ACS URL",
        ProvisioningCode => "ProvisioningCode",
        RetryMinimumWaitInterval => "CWMPRetryMinimumWaitInterval",
        RetryIntervalMultiplier => "CWMPRetryIntervalMultiplier",
        _ => "unknown sub-option",
    };

    // CPEs sometimes send a combined vendor class such as "eRouter1.0 dslforum.org".
    public static bool IsCwmpVendorClass(string vendorClass) =>
        vendorClass.Contains(VendorClass, StringComparison.OrdinalIgnoreCase);
}
