using System.Globalization;
using Acs.Simulator.Fleet;

namespace Acs.Simulator.Cli;

/// <summary>
/// "fleet" mode: many devices from one process. Periodic by default (each device on its interval with
/// jitter); --storm runs sessions back to back as fast as the ACS answers. Progress once a second, summary at the end.
/// </summary>
public static class FleetCommand
{
    public const string Usage =
        "usage: Acs.Simulator fleet --acs URL [--count 100000] [--phones-every 2] [--interval SECONDS] [--concurrency 256]\n"
        + "                           [--duration SECONDS] [--registered true|false] [--storm true|false] [--serial-prefix FLT]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        if (args.Count % 2 != 0 || !values.TryGetValue("acs", out var acs) || !Uri.TryCreate(acs, UriKind.Absolute, out var acsUrl))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var spec = new FleetSpec
        {
            AcsUrl = acsUrl,
            Count = Number("count", 100_000),
            PhoneEvery = Number("phones-every", 2),
            PeriodicInformInterval = (uint)Number("interval", 3600),
            Registered = values.GetValueOrDefault("registered") == "true",
            SerialPrefix = values.GetValueOrDefault("serial-prefix", "FLT"),
        };
        var concurrency = Number("concurrency", 256);
        var duration = TimeSpan.FromSeconds(Number("duration", 60));
        using var fleet = new VirtualFleet(spec, concurrency);
        Console.WriteLine($"{spec.Count} devices ({(spec.PhoneEvery > 0 ? $"every {spec.PhoneEvery}th a phone" : "gateways")}) against {acsUrl}");
        FleetStats stats;
        if (values.GetValueOrDefault("storm") == "true")
        {
            stats = await fleet.StormAsync(concurrency, long.MaxValue, duration, ct);
        }
        else
        {
            stats = await fleet.PeriodicAsync(TimeSpan.FromSeconds(spec.PeriodicInformInterval), concurrency, duration,
                s => Console.WriteLine($"{s.Elapsed.TotalSeconds,6:F0} s: {s.Completed} sessions, {s.Failed} failed"), ct);
        }

        Console.WriteLine("summary: " + stats);
        if (stats.LastError is { } error)
        {
            Console.WriteLine("last error: " + error);
        }

        return stats.Failed == 0 ? 0 : 1;
    }
}
