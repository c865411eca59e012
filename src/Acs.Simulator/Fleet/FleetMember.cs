using Acs.Cwmp;
using Acs.Simulator.DataModel;
using Acs.Simulator.Device;

namespace Acs.Simulator.Fleet;

/// <summary>
/// One device of a fleet while it is idle: its identity and the parameter values it changed from the
/// factory defaults. The full <see cref="VirtualDevice"/> exists only during a session (or while it owes
/// events), because a factory tree per device would cost tens of kilobytes for 100,000 devices doing nothing.
/// </summary>
public sealed class FleetMember(int index, DeviceKind kind, string serial, bool registered)
{
    private VirtualDevice? live;
    private Dictionary<string, string>? overrides;

    public int Index { get; } = index;

    public DeviceKind Kind { get; } = kind;

    public string Serial { get; } = serial;

    /// <summary>True once the ACS knows the device: its next Inform is a periodic one, not a bootstrap.</summary>
    public bool Registered { get; private set; } = registered;

    public int Sessions { get; private set; }

    public bool IsMaterialised => live is not null;

    public DeviceIdStruct DeviceId => Kind == DeviceKind.Phone
        ? new DeviceIdStruct("Cisco Systems, Inc.", FleetSpec.Oui, "CP-8841-3PCC", Serial)
        : new DeviceIdStruct("Acs Simulator", FleetSpec.Oui, "VGW-1", Serial);

    /// <summary>The device as it is now: factory tree plus this member's changes; kept until <see cref="Release"/>.</summary>
    public VirtualDevice Materialise(FleetSpec spec)
    {
        if (live is not null)
        {
            return live;
        }

        var device = VirtualDevice.Create(Kind, DeviceId, spec.SettingsFor(Index), spec.Behaviour);
        if (overrides is not null)
        {
            foreach (var (name, value) in overrides)
            {
                device.Tree.SetValue(name, value);
            }
        }

        if (Registered)
        {
            device.Events.Clear();
            device.Events.Add(EventCodes.Periodic);
        }

        live = device;
        return device;
    }

    /// <summary>After a session: keep only the values that differ from the factory, unless the device still owes work.</summary>
    public void Release(FleetSpec spec, bool completed)
    {
        Sessions++;
        Registered |= completed;
        if (live is null || !CanDehydrate(live))
        {
            return;
        }

        var factory = VirtualDevice.Create(Kind, DeviceId, spec.SettingsFor(Index)).Tree;
        if (factory.Count != live.Tree.Count)
        {
            // Objects were added or deleted: the shape is not a factory one, so the device stays whole.
            return;
        }

        Dictionary<string, string>? changed = null;
        foreach (var node in live.Tree.Parameters)
        {
            if (node.Name.EndsWith(".UpTime", StringComparison.Ordinal) || factory.GetValue(node.Name) == node.Value)
            {
                continue;
            }

            (changed ??= new Dictionary<string, string>(StringComparer.Ordinal))[node.Name] = node.Value;
        }

        overrides = changed;
        live = null;
    }

    private static bool CanDehydrate(VirtualDevice device) =>
        device.Events.Snapshot().Count == 0 && device.PendingTransfers.Count == 0;
}
