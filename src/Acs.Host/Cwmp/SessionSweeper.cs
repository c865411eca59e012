using Acs.Core;
using Acs.Core.Sessions;
using Microsoft.Extensions.Options;

namespace Acs.Host.Cwmp;

/// <summary>Closes sessions idle past their timeout, so their in-flight tasks go back to the queue.</summary>
public sealed class SessionSweeper(SessionEngine engine, IOptions<AcsOptions> options, TimeProvider clock, ILogger<SessionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, options.Value.SessionTimeout.Ticks / 3));
        using var timer = new PeriodicTimer(period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await engine.SweepAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Sweeping idle sessions failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
