namespace Acs.Core;

/// <summary>ACS-to-CPE Connection Requests: default credentials and transport behaviour.</summary>
public sealed class ConnectionRequestOptions
{
    public string? Username { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Answer a Basic challenge with Basic credentials (off: only Digest is used).</summary>
    public bool AllowBasic { get; set; }
}
