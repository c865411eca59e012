namespace Acs.Core.Security;

/// <summary>The verdict on a device's credentials: accepted (with the user name), or a challenge to send with 401.</summary>
public sealed record AuthOutcome(bool Accepted, string? Username, string? Challenge)
{
    public static AuthOutcome Anonymous { get; } = new(true, null, null);
}
