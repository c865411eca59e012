using System.ComponentModel.DataAnnotations;

namespace Acs.Host.Api.Webhooks;

/// <summary>Settings of webhook delivery, bound from "Acs:Webhooks".</summary>
public sealed class WebhookOptions
{
    public const string Section = "Acs:Webhooks";

    /// <summary>Attempts per delivery before it is left failed.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Per-attempt HTTP timeout: short, so a slow receiver only delays other deliveries briefly.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Events held in memory between the CWMP sessions and the dispatcher; beyond this they are dropped.</summary>
    [Range(16, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    public TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
