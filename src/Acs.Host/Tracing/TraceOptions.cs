using System.ComponentModel.DataAnnotations;

namespace Acs.Host.Tracing;

/// <summary>Bounds of per-device SOAP traces, bound from "Acs:Trace".</summary>
public sealed class TraceOptions
{
    public const string Section = "Acs:Trace";

    /// <summary>The longest a trace may be switched on for in one PUT.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a recorded exchange is kept before it is deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Exchanges kept per device; older ones are dropped first.</summary>
    [Range(1, 100_000)]
    public int MaxEntriesPerDevice { get; set; } = 500;

    /// <summary>Characters kept of each request or reply body; the rest is cut with a note.</summary>
    [Range(256, 16 * 1024 * 1024)]
    public int MaxBodyChars { get; set; } = 64 * 1024;
}
