namespace Acs.Provisioning.Dhcp;

public enum OptionFraming
{
    // Code byte, length byte, value: what a packet capture shows for the option.
    CodeLengthValue,

    // The value alone: what goes after "43," in a dnsmasq line or in Kea's "data".
    ValueOnly,
}
