namespace Acs.Core.Devices;

/// <summary>What one report says about a parameter; null fields leave the stored value as it is.</summary>
public sealed record ParameterUpdate(
    string Name,
    string? Value = null,
    string? Type = null,
    bool? Writable = null,
    int? Notification = null,
    string? AccessList = null);
