namespace Acs.Host.Tests.Observability;

/// <summary>
/// Meters are process-wide and OpenTelemetry listens by meter name, so a scrape would also count other test
/// servers' sessions; the metrics tests run on their own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}
