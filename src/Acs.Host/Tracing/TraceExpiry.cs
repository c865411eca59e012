namespace Acs.Host.Tracing;

/// <summary>Deletes expired SOAP trace entries every hour, on the injected clock.</summary>
public sealed class TraceExpiry(SoapTrace trace, TimeProvider clock, ILogger<TraceExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await trace.ExpireAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Deleting expired SOAP trace entries failed; trying again in an hour");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
