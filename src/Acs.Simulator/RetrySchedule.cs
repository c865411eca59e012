namespace Acs.Simulator;

/// <summary>
/// The TR-069 session retry wait: for the n-th consecutive retry a random time between
/// m * (k/1000)^(n-1) and m * (k/1000)^n seconds, with n capped at 10.
/// </summary>
public static class RetrySchedule
{
    public static (TimeSpan Minimum, TimeSpan Maximum) Range(uint retry, uint minimumWaitSeconds = 5, uint multiplierThousandths = 2000)
    {
        var n = (int)Math.Clamp(retry, 1, 10);
        var factor = multiplierThousandths / 1000.0;
        return (TimeSpan.FromSeconds(minimumWaitSeconds * Math.Pow(factor, n - 1)), TimeSpan.FromSeconds(minimumWaitSeconds * Math.Pow(factor, n)));
    }

    public static TimeSpan Pick(uint retry, uint minimumWaitSeconds, uint multiplierThousandths, Random random)
    {
        var (low, high) = Range(retry, minimumWaitSeconds, multiplierThousandths);
        return low + ((high - low) * random.NextDouble());
    }
}
