namespace Acs.Provisioning.Dhcp;

// What TR-069 lets a DHCP server tell a CPE about its ACS (option 43 on DHCPv4, option 17 on DHCPv6).
// The two retry values are sent as ASCII decimal text: TR-069 does not pin their encoding down and the
// only deployed configuration we know of declares them as text (see the CWMP reference, section 9.1).
public sealed record AcsDiscovery(
    string AcsUrl,
    string? ProvisioningCode = null,
    int? RetryMinimumWaitInterval = null,
    int? RetryIntervalMultiplier = null)
{
    public IReadOnlyList<(byte Code, string Value)> SubOptions()
    {
        if (string.IsNullOrEmpty(AcsUrl))
        {
            throw new ArgumentException("An ACS URL is required.", nameof(AcsUrl));
        }

        if (RetryMinimumWaitInterval is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryMinimumWaitInterval), "CWMPRetryMinimumWaitInterval is 1..65535.");
        }

        if (RetryIntervalMultiplier is < 1000 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryIntervalMultiplier), "CWMPRetryIntervalMultiplier is 1000..65535.");
        }

        var list = new List<(byte, string)> { (CwmpSubOptions.AcsUrl, AcsUrl) };
        if (!string.IsNullOrEmpty(ProvisioningCode))
        {
            list.Add((CwmpSubOptions.ProvisioningCode, ProvisioningCode));
        }

        if (RetryMinimumWaitInterval is { } wait)
        {
            list.Add((CwmpSubOptions.RetryMinimumWaitInterval, wait.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (RetryIntervalMultiplier is { } multiplier)
        {
            list.Add((CwmpSubOptions.RetryIntervalMultiplier, multiplier.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return list;
    }
}
