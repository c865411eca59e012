using System.Diagnostics;
using Acs.Simulator.Http;

namespace Acs.Simulator.Fleet;

/// <summary>
/// Many virtual devices in one process over one pooled <see cref="HttpClient"/>. Idle devices are small
/// <see cref="FleetMember"/>s; a device's tree exists only while it talks to the ACS. Two ways to run:
/// periodic (each device informs on its interval, spread with jitter) and storm (as fast as the ACS takes them).
/// </summary>
public sealed class VirtualFleet : IDisposable
{
    private readonly FleetMember[] members;
    private readonly HttpClient http;

    public VirtualFleet(FleetSpec spec, int maxConnections = 256)
    {
        Spec = spec;
        members = new FleetMember[spec.Count];
        for (var i = 0; i < spec.Count; i++)
        {
            members[i] = new FleetMember(i, spec.KindOf(i), spec.SerialOf(i), spec.Registered);
        }

        http = new HttpClient(CwmpClient.CreateHandler(maxConnections)) { Timeout = CwmpClient.RequestTimeout };
    }

    public FleetSpec Spec { get; }

    public IReadOnlyList<FleetMember> Members => members;

    /// <summary>Sessions with at most <paramref name="concurrency"/> at once, round-robin over the fleet, until the count or the time is reached.</summary>
    public async Task<FleetStats> StormAsync(int concurrency, long sessions, TimeSpan duration, CancellationToken ct)
    {
        var stats = new FleetStats();
        long next = -1;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(duration);
        async Task Worker()
        {
            while (!timeout.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= sessions)
                {
                    return;
                }

                // Workers never outnumber members, so a member is in two sessions at once only if one session is a whole lap slow.
                await RunOneAsync(members[n % members.Length], stats, ct);
            }
        }

        var workers = Enumerable.Range(0, Math.Min(concurrency, members.Length)).Select(_ => Task.Run(Worker, ct));
        await Task.WhenAll(workers);
        return stats;
    }

    /// <summary>Every device informs once per interval at a random offset within it, until <paramref name="duration"/> ends.</summary>
    public async Task<FleetStats> PeriodicAsync(TimeSpan interval, int concurrency, TimeSpan duration, Action<FleetStats>? progress, CancellationToken ct)
    {
        var stats = new FleetStats();
        using var gate = new SemaphoreSlim(concurrency);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(duration);
        var due = new PriorityQueue<FleetMember, TimeSpan>();
        foreach (var member in members)
        {
            due.Enqueue(member, interval * Random.Shared.NextDouble());
        }

        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var running = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested && due.TryPeek(out var member, out var at))
            {
                if (at > clock.Elapsed)
                {
                    await Task.Delay(Min(at - clock.Elapsed, TimeSpan.FromMilliseconds(200)), stop.Token);
                }
                else
                {
                    due.Dequeue();
                    // Jitter of +/-10% keeps devices that booted together from informing together forever.
                    due.Enqueue(member, at + (interval * (0.9 + (0.2 * Random.Shared.NextDouble()))));
                    await gate.WaitAsync(stop.Token);
                    running.Add(RunAndReleaseAsync(member, stats, gate, ct));
                }

                if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(1))
                {
                    lastReport = clock.Elapsed;
                    running.RemoveAll(t => t.IsCompleted);
                    progress?.Invoke(stats);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
        return stats;
    }

    public void Dispose() => http.Dispose();

    private async Task RunAndReleaseAsync(FleetMember member, FleetStats stats, SemaphoreSlim gate, CancellationToken ct)
    {
        try
        {
            await RunOneAsync(member, stats, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RunOneAsync(FleetMember member, FleetStats stats, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var device = member.Materialise(Spec);
        SessionResult result;
        try
        {
            result = await device.RunSessionAsync(Spec.AcsUrl, http, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }

        stats.Record(result.Completed, result.Refused, Stopwatch.GetElapsedTime(started), result.Error);
        member.Release(Spec, result.Completed);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
