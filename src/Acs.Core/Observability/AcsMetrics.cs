using System.Diagnostics.Metrics;
using Acs.Core.ConnectionRequests;
using Acs.Core.Phones;

namespace Acs.Core.Observability;

/// <summary>
/// Every instrument of the ACS, on the System.Diagnostics.Metrics meter "Acs" that the operator plane's
/// /metrics exporter reads. Instruments are named "acs.&lt;area&gt;.&lt;what&gt;" with low-cardinality tags only
/// (never a device id), so a fleet of a million devices still makes a handful of series.
/// </summary>
public sealed class AcsMetrics : IDisposable
{
    public const string MeterName = "Acs";

    private static readonly IReadOnlyList<double> SecondsBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
    private static readonly IReadOnlyList<long> ByteBuckets = [256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216];

    private readonly Meter meter;
    private readonly Counter<long> sessionsStarted;
    private readonly Counter<long> sessionsEnded;
    private readonly UpDownCounter<long> sessionsOpen;
    private readonly Histogram<double> sessionDuration;
    private readonly Counter<long> informEvents;
    private readonly Counter<long> rpcsSent;
    private readonly Counter<long> deviceFaults;
    private readonly Counter<long> taskStateChanges;
    private readonly Counter<long> connectionRequests;
    private readonly Histogram<double> connectionRequestDuration;
    private readonly Counter<long> admissionsRefused;
    private readonly Histogram<long> requestBodySize;
    private readonly Histogram<double> commitDuration;
    private readonly Counter<long> webhookDeliveries;
    private readonly Counter<long> tftpTransfers;
    private readonly Counter<long> profileFetches;

    // The host's IMeterFactory gives each server its own meter; without one (tools, benchmarks) a plain meter.
    public AcsMetrics(IMeterFactory? meterFactory = null)
    {
        meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        sessionsStarted = meter.CreateCounter<long>("acs.sessions.started", "{session}", "CWMP sessions opened by an accepted Inform");
        sessionsEnded = meter.CreateCounter<long>("acs.sessions.ended", "{session}", "CWMP sessions ended, by outcome (completed, idle_timeout, replaced)");
        sessionsOpen = meter.CreateUpDownCounter<long>("acs.sessions.open", "{session}", "CWMP sessions open now");
        sessionDuration = meter.CreateHistogram("acs.session.duration", "s", "From Inform to the end of the session", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        informEvents = meter.CreateCounter<long>("acs.inform.events", "{event}", "Events reported in Informs, by event code");
        rpcsSent = meter.CreateCounter<long>("acs.rpcs.sent", "{rpc}", "RPCs sent to devices, by method");
        deviceFaults = meter.CreateCounter<long>("acs.device.faults", "{fault}", "CWMP faults devices answered with, by fault code");
        taskStateChanges = meter.CreateCounter<long>("acs.tasks.state_changes", "{change}", "Tasks entering a state (pending, sent, done, faulted, expired, cancelled)");
        connectionRequests = meter.CreateCounter<long>("acs.connection_requests", "{request}", "Connection requests, by outcome");
        connectionRequestDuration = meter.CreateHistogram("acs.connection_request.duration", "s", "How long a connection request took", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        admissionsRefused = meter.CreateCounter<long>("acs.admissions.refused", "{inform}", "Informs refused with 503 because the session limit was reached");
        requestBodySize = meter.CreateHistogram("acs.cwmp.request.body.size", "By", "CWMP request bodies after decompression", advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = ByteBuckets });
        commitDuration = meter.CreateHistogram("acs.db.commit.duration", "s", "Database SaveChanges, from the first statement to the commit", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        webhookDeliveries = meter.CreateCounter<long>("acs.webhook.deliveries", "{attempt}", "Webhook delivery attempts, by outcome (delivered, retry, failed)");
        tftpTransfers = meter.CreateCounter<long>("acs.tftp.transfers", "{transfer}", "TFTP read transfers, by outcome (completed, aborted, refused)");
        profileFetches = meter.CreateCounter<long>("acs.profile.fetches", "{fetch}", "Phone profile requests, by front (http, tftp) and outcome");
    }

    public Meter Meter => meter;

    public void SessionStarted(IEnumerable<string> eventCodes)
    {
        sessionsStarted.Add(1);
        sessionsOpen.Add(1);
        foreach (var code in eventCodes)
        {
            informEvents.Add(1, new KeyValuePair<string, object?>("code", code));
        }
    }

    public void SessionEnded(string outcome, TimeSpan duration)
    {
        sessionsEnded.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        sessionsOpen.Add(-1);
        sessionDuration.Record(duration.TotalSeconds);
    }

    public void AdmissionRefused() => admissionsRefused.Add(1);

    public void RpcSent(string method) => rpcsSent.Add(1, new KeyValuePair<string, object?>("method", method));

    public void DeviceFault(uint code) => deviceFaults.Add(1, new KeyValuePair<string, object?>("code", code.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void TaskEntered(Tasks.TaskState state) => taskStateChanges.Add(1, new KeyValuePair<string, object?>("state", Lower(state.ToString())));

    public void ConnectionRequest(ConnectionRequestResult result, TimeSpan duration)
    {
        connectionRequests.Add(1, new KeyValuePair<string, object?>("outcome", Lower(result.ToString())));
        connectionRequestDuration.Record(duration.TotalSeconds);
    }

    public void RequestBody(long bytes) => requestBodySize.Record(bytes);

    public void Commit(TimeSpan duration) => commitDuration.Record(duration.TotalSeconds);

    public void WebhookDelivery(string outcome) => webhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void TftpTransfer(string outcome) => tftpTransfers.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void ProfileFetch(ProvisioningFront front, ProvisioningOutcome outcome) => profileFetches.Add(
        1,
        new KeyValuePair<string, object?>("front", Lower(front.ToString())),
        new KeyValuePair<string, object?>("outcome", outcome switch
        {
            ProvisioningOutcome.Document => "served",
            ProvisioningOutcome.Redirect => "redirected",
            ProvisioningOutcome.Unauthorized => "unauthorized",
            ProvisioningOutcome.Forbidden => "forbidden",
            _ => "not_found",
        }));

    public void Dispose() => meter.Dispose();

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
