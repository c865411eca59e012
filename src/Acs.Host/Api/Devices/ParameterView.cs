namespace Acs.Host.Api.Devices;

/// <summary>A cached parameter; the value of a secret parameter (see <see cref="Secrets"/>) is always null.</summary>
public sealed record ParameterView(string Name, string? Value, string? Type, bool? Writable, int? Notification, DateTime UpdatedAt);
