namespace Acs.Provisioning.Dhcp;

public abstract record OptionDecodeResult;
