namespace Acs.Host.Observability;

/// <summary>Access to /metrics, bound from "Acs:Metrics".</summary>
public sealed class MetricsOptions
{
    public const string Section = "Acs:Metrics";

    /// <summary>CIDR ranges (e.g. "10.0.0.5/32", "::1/128") that may scrape /metrics without an API key.</summary>
    public List<string> AllowAnonymousFrom { get; set; } = [];
}
