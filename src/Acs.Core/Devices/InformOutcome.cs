namespace Acs.Core.Devices;

/// <summary>What recording an Inform found: the device row and whether this was its first contact or a bootstrap.</summary>
public sealed record InformOutcome(Device Device, bool Registered, bool Bootstrapped, bool Booted, IReadOnlyList<string> ChangedParameters);
