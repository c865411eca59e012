namespace Acs.Core.Tracing;

/// <summary>
/// One request and its reply in a traced device's session, as they crossed the wire but with secrets
/// masked and each body cut at the trace's size limit. Deleted once <see cref="ExpiresAt"/> passes.
/// </summary>
public sealed class TraceEntry
{
    public long Id { get; set; }
    public required string DeviceId { get; set; }
    public required string SessionId { get; set; }
    public DateTime At { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>The device's POST body (empty for an empty POST).</summary>
    public string Request { get; set; } = "";

    public int Status { get; set; }

    /// <summary>The ACS's reply body (empty for 204).</summary>
    public string Response { get; set; } = "";
}
