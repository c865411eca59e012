using Acs.Cwmp;
using Acs.Simulator.Device;
using Acs.Simulator.Fleet;

namespace Acs.Simulator.Tests.Fleet;

public sealed class FleetMemberTests
{
    private static readonly FleetSpec Spec = new() { AcsUrl = new Uri("http://127.0.0.1:7547/"), Count = 4 };

    [Fact]
    public void Idle_member_holds_no_tree_and_keeps_a_value_the_ACS_set()
    {
        var member = new FleetMember(0, Spec.KindOf(0), Spec.SerialOf(0), registered: true);
        var device = member.Materialise(Spec);
        device.CreateInform();
        device.InformAccepted();
        var answer = device.Handle(new SetParameterValues(
            [new ParameterValueStruct("Device.ManagementServer.PeriodicInformInterval", "600", XsdTypes.UnsignedInt)], "k1"));
        Assert.IsType<SetParameterValuesResponse>(answer);

        member.Release(Spec, completed: true);

        Assert.False(member.IsMaterialised);
        var again = member.Materialise(Spec);
        Assert.NotSame(device, again);
        Assert.Equal("600", again.Tree.GetValue("Device.ManagementServer.PeriodicInformInterval"));
        Assert.Equal("k1", again.Tree.GetValue(again.Tree.ParameterKeyName));
    }

    [Fact]
    public void Registered_member_informs_periodic_and_a_new_one_bootstraps()
    {
        var known = new FleetMember(0, Spec.KindOf(0), Spec.SerialOf(0), registered: true).Materialise(Spec).CreateInform();
        var fresh = new FleetMember(1, Spec.KindOf(1), Spec.SerialOf(1), registered: false).Materialise(Spec).CreateInform();

        Assert.Equal([EventCodes.Periodic], known.Event.Select(e => e.EventCode));
        Assert.Contains(fresh.Event, e => e.EventCode == EventCodes.Bootstrap);
    }

    [Fact]
    public void Member_that_still_owes_events_stays_materialised()
    {
        var member = new FleetMember(0, Spec.KindOf(0), Spec.SerialOf(0), registered: false);
        var device = member.Materialise(Spec);

        // The session failed: BOOTSTRAP was never delivered, so the device must keep it for the retry.
        member.Release(Spec, completed: false);

        Assert.True(member.IsMaterialised);
        Assert.Same(device, member.Materialise(Spec));
    }

    [Fact]
    public void Fleet_mixes_phones_and_gateways_as_asked()
    {
        var spec = Spec with { PhoneEvery = 2 };

        Assert.Equal(
            [DeviceKind.Gateway, DeviceKind.Phone, DeviceKind.Gateway, DeviceKind.Phone],
            Enumerable.Range(0, 4).Select(spec.KindOf));
    }
}
