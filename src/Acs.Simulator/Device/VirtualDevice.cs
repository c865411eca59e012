using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Device;

/// <summary>
/// A simulated CPE: its data model, the events it owes the ACS, and the work an ACS asked for that runs
/// once the session is over (reboot, factory reset, file transfers). Everything here is free of HTTP;
/// <see cref="Http.CwmpClient"/> carries a session over the wire.
/// </summary>
public sealed class VirtualDevice
{
    private readonly ParameterTree factoryTree;
    private readonly RpcResponder responder;
    private readonly List<CompletedTransfer> transfers = [];
    private readonly HashSet<string> changedParameters = new(StringComparer.Ordinal);
    private readonly SessionSignal sessionSignal = new();
    private readonly Lock gate = new();
    private IReadOnlyList<EventStruct> eventsInFlight = [];
    private DateTimeOffset bootTime;
    private int cpeRequestId;

    public VirtualDevice(DeviceKind kind, DeviceIdStruct deviceId, ParameterTree factoryTree, DeviceBehaviour? behaviour = null,
        TimeProvider? timeProvider = null)
    {
        Kind = kind;
        DeviceId = deviceId;
        this.factoryTree = factoryTree.Clone();
        Tree = factoryTree.Clone();
        Behaviour = behaviour ?? new DeviceBehaviour();
        Time = timeProvider ?? TimeProvider.System;
        bootTime = Time.GetUtcNow();
        responder = new RpcResponder(this);
        Events.Add(EventCodes.Bootstrap);
        Events.Add(EventCodes.Boot);
    }

    public static VirtualDevice Create(DeviceKind kind, DeviceIdStruct deviceId, DeviceSettings settings,
        DeviceBehaviour? behaviour = null, TimeProvider? timeProvider = null)
    {
        var tree = kind == DeviceKind.Phone ? PhoneModel.Create(deviceId, settings) : GatewayModel.Create(deviceId, settings);
        return new VirtualDevice(kind, deviceId, tree, behaviour, timeProvider);
    }

    public DeviceKind Kind { get; }

    public DeviceIdStruct DeviceId { get; }

    public ParameterTree Tree { get; private set; }

    public DeviceBehaviour Behaviour { get; }

    public TimeProvider Time { get; }

    public EventQueue Events { get; } = new();

    /// <summary>Consecutive failed sessions; reported in Inform and reset by a completed session.</summary>
    public uint RetryCount { get; private set; }

    public int BootCount { get; private set; } = 1;

    public IReadOnlyList<CompletedTransfer> PendingTransfers => transfers.ToArray();

    /// <summary>Every transfer performed, acknowledged or not, in order.</summary>
    public List<CompletedTransfer> TransferHistory { get; } = [];

    public string ManagementServerPrefix => Tree.Root + "ManagementServer.";

    public string AcsUrl => Tree.Value(ManagementServerPrefix + "URL");

    public string Username => Tree.Value(ManagementServerPrefix + "Username");

    public string Password => Tree.Value(ManagementServerPrefix + "Password");

    public string ConnectionRequestUsername => Tree.Value(ManagementServerPrefix + "ConnectionRequestUsername");

    public string ConnectionRequestPassword => Tree.Value(ManagementServerPrefix + "ConnectionRequestPassword");

    public IReadOnlyList<string> SupportedMethods => RpcResponder.MethodsOf(Kind);

    /// <summary>One complete session over HTTP with the given ACS, or with ManagementServer.URL when null.</summary>
    public Task<Http.SessionResult> RunSessionAsync(Uri? acsUrl, CancellationToken cancellationToken) =>
        new Http.CwmpClient(this).RunSessionAsync(acsUrl ?? new Uri(AcsUrl), cancellationToken);

    /// <summary>One session over a shared connection pool, as a fleet runs them.</summary>
    public Task<Http.SessionResult> RunSessionAsync(Uri? acsUrl, HttpClient sharedHttp, CancellationToken cancellationToken) =>
        new Http.CwmpClient(this, sharedHttp).RunSessionAsync(acsUrl ?? new Uri(AcsUrl), cancellationToken);

    /// <summary>Publishes where the device listens for connection requests; survives a factory reset.</summary>
    public void SetConnectionRequestUrl(string url)
    {
        var name = ManagementServerPrefix + "ConnectionRequestURL";
        factoryTree.SetValue(name, url);
        if (Events.Contains(EventCodes.Boot))
        {
            // Still booting: the boot Inform reports the address anyway, so it is no change to notify.
            Tree.SetValue(name, url);
            return;
        }

        ChangeValue(name, url);
    }

    /// <summary>A change made on the device itself; notified parameters raise 4 VALUE CHANGE, active ones ask for a session.</summary>
    public void ChangeValue(string name, string value)
    {
        if (!Tree.SetValue(name, value))
        {
            return;
        }

        var node = Tree.Find(name)!;
        if (node.Notification == 0)
        {
            return;
        }

        lock (gate)
        {
            changedParameters.Add(name);
        }

        Events.Add(EventCodes.ValueChange);
        if (TreeRpcs.IsActive(node.Notification))
        {
            sessionSignal.Raise();
        }
    }

    /// <summary>The ACS asked for a session (connection request accepted).</summary>
    public void RequestConnection()
    {
        Events.Add(EventCodes.ConnectionRequest);
        sessionSignal.Raise();
    }

    /// <summary>Completes when the device has a reason to open a session (connection request, reboot, active change, timer).</summary>
    public Task WaitForSessionRequestAsync(CancellationToken cancellationToken) => sessionSignal.WaitAsync(cancellationToken);

    public Inform CreateInform()
    {
        RefreshUpTime();
        eventsInFlight = Events.Snapshot();
        List<string> changed;
        lock (gate)
        {
            changed = changedParameters.ToList();
        }

        var names = Tree.Parameters.Where(p => p.Flags.HasFlag(ParameterFlags.ForcedInform)).Select(p => p.Name)
            .Concat(eventsInFlight.Any(e => e.EventCode == EventCodes.ValueChange) ? changed : [])
            .Distinct(StringComparer.Ordinal);
        var parameters = names.Select(n => Tree.Find(n)!.ToValueStruct()).ToList();
        return new Inform(DeviceId, eventsInFlight, 1, Time.GetUtcNow(), RetryCount, parameters);
    }

    /// <summary>The InformResponse arrived: its events are delivered, except those that wait for TransferComplete.</summary>
    public void InformAccepted()
    {
        var delivered = eventsInFlight.Where(e => !WaitsForTransferComplete(e)).ToList();
        Events.RemoveDelivered(delivered);
        if (delivered.Exists(e => e.EventCode == EventCodes.ValueChange))
        {
            lock (gate)
            {
                changedParameters.Clear();
            }
        }

        eventsInFlight = [];
    }

    /// <summary>Requests the device sends after InformResponse and before its empty POST.</summary>
    public IReadOnlyList<CwmpMessage> CreateCpeRequests()
    {
        var requests = new List<CwmpMessage>(transfers.Select(t => t.ToRequest()));
        if (Behaviour.SendGetRpcMethods)
        {
            requests.Add(new GetRPCMethods());
        }

        return requests;
    }

    public void CpeRequestAnswered(CwmpMessage request, CwmpMessage response)
    {
        if (request is not TransferComplete done || response is not TransferCompleteResponse)
        {
            return;
        }

        transfers.RemoveAll(t => t.CommandKey == done.CommandKey);
        Events.RemoveAll(e => e.EventCode is EventCodes.MDownload or EventCodes.MUpload && e.CommandKey == done.CommandKey);
        if (transfers.Count == 0)
        {
            Events.RemoveAll(e => e.EventCode == EventCodes.TransferComplete);
        }
    }

    public string NextRequestId() => "cpe-" + Interlocked.Increment(ref cpeRequestId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Answers one ACS request as the specification says, or with the fault the behaviour asks for.</summary>
    public CwmpMessage Handle(CwmpMessage request) => responder.Answer(request);

    /// <summary>
    /// The session is over: count the retry, then do what the ACS asked for during it. After a reboot or
    /// a transfer the device wants a new session at once.
    /// </summary>
    public async Task EndSessionAsync(bool completed, CancellationToken cancellationToken)
    {
        RetryCount = completed ? 0 : RetryCount + 1;
        if (!completed)
        {
            // A connection request is never retried: the ACS must ask again.
            Events.RemoveAll(e => e.EventCode == EventCodes.ConnectionRequest);
        }

        var work = responder.TakeAccepted();
        var reboot = false;
        string? newSoftwareVersion = null;
        foreach (var item in work)
        {
            switch (item)
            {
                case Download download:
                    var (downloaded, version) = await TransferWork.DownloadAsync(this, download, cancellationToken);
                    Record(downloaded);
                    newSoftwareVersion = version ?? newSoftwareVersion;
                    reboot |= version is not null;
                    break;
                case Upload upload:
                    Record(await TransferWork.UploadAsync(this, upload, cancellationToken));
                    break;
                case Reboot rebootRequest:
                    Events.Add(EventCodes.MReboot, rebootRequest.CommandKey);
                    reboot = true;
                    break;
                case FactoryReset:
                    ResetToFactory();
                    reboot = true;
                    break;
            }
        }

        if (reboot)
        {
            Boot();
        }

        if (newSoftwareVersion is not null)
        {
            ChangeValue(Tree.Root + "DeviceInfo.SoftwareVersion", newSoftwareVersion);
        }

        if (work.Count > 0)
        {
            sessionSignal.Raise();
        }
    }

    /// <summary>A power cycle: volatile events and pending value changes are lost, 1 BOOT is owed.</summary>
    public void Boot()
    {
        Events.RemoveAll(e => e.EventCode is EventCodes.ValueChange or EventCodes.ConnectionRequest or EventCodes.DiagnosticsComplete);
        lock (gate)
        {
            changedParameters.Clear();
        }

        Events.Add(EventCodes.Boot);
        bootTime = Time.GetUtcNow();
        BootCount++;
    }

    private void Record(CompletedTransfer transfer)
    {
        transfers.Add(transfer);
        TransferHistory.Add(transfer);
        Events.Add(EventCodes.TransferComplete);
        Events.Add(transfer.IsDownload ? EventCodes.MDownload : EventCodes.MUpload, transfer.CommandKey);
    }

    private void ResetToFactory()
    {
        Tree = factoryTree.Clone();
        Events.Clear();
        transfers.Clear();
        lock (gate)
        {
            changedParameters.Clear();
        }

        Events.Add(EventCodes.Bootstrap);
    }

    internal void RequestSession() => sessionSignal.Raise();

    internal void RefreshUpTime() => Tree.SetValue(Tree.Root + "DeviceInfo.UpTime", UpTimeSeconds());

    private string UpTimeSeconds() =>
        ((long)(Time.GetUtcNow() - bootTime).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool WaitsForTransferComplete(EventStruct item) =>
        item.EventCode == EventCodes.TransferComplete
        || (item.EventCode is EventCodes.MDownload or EventCodes.MUpload && transfers.Exists(t => t.CommandKey == item.CommandKey));
}
