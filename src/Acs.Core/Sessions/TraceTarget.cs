namespace Acs.Core.Sessions;

/// <summary>The device and session an exchange belongs to, when the device's SOAP trace is on.</summary>
public sealed record TraceTarget(string DeviceId, string SessionId);
