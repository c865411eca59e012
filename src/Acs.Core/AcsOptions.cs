using System.ComponentModel.DataAnnotations;

namespace Acs.Core;

/// <summary>Settings of the ACS engine, bound from the "Acs" configuration section.</summary>
public sealed class AcsOptions
{
    public const string Section = "Acs";

    /// <summary>How long a session may stay idle before it is closed and its in-flight task requeued.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sessions carried at once; Informs beyond this get 503 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int MaxConcurrentSessions { get; set; } = 2000;

    /// <summary>The Retry-After value sent with 503 when the session limit is reached.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 60;

    /// <summary>Attempts for a task whose faults are transient before it is left faulted.</summary>
    [Range(1, 100)]
    public int MaxTaskAttempts { get; set; } = 5;

    /// <summary>First back-off after a transient fault; doubles per attempt up to <see cref="MaxRetryBackoff"/>.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest request body accepted on the device plane.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The most parameters (list items) one message may carry. An Inform beyond it gets CWMP fault 8004; a
    /// response beyond it faults its task for good, since the device would send the same list again.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxParametersPerMessage { get; set; } = 50_000;

    /// <summary>Full (default): each commit reaches the disk before the device is answered. See <see cref="Persistence.DatabaseSync"/>.</summary>
    public Persistence.DatabaseSync DatabaseSync { get; set; } = Persistence.DatabaseSync.Full;

    public DeviceAuthOptions DeviceAuth { get; set; } = new();

    public ConnectionRequestOptions ConnectionRequest { get; set; } = new();
}
