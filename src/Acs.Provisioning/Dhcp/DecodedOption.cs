namespace Acs.Provisioning.Dhcp;

public sealed record DecodedOption(IReadOnlyList<OptionField> Fields) : OptionDecodeResult;
