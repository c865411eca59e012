using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Tests.DataModel;

public class ParameterTreeAttributeTests
{
    private const string Status = PhoneModel.LineTable + "1.Status";

    private static SetParameterAttributes Notify(string name, int notification, bool change = true) =>
        new([new SetParameterAttributesStruct(name, change, notification, false, [])]);

    [Fact]
    public void Notification_set_on_a_parameter_is_read_back()
    {
        var tree = Trees.Phone();

        Assert.IsType<SetParameterAttributesResponse>(tree.SetParameterAttributes(Notify(Status, 2)));

        var response = Assert.IsType<GetParameterAttributesResponse>(tree.GetParameterAttributes(new GetParameterAttributes([Status])));
        var item = Assert.Single(response.ParameterList);
        Assert.Equal(2, item.Notification);
        Assert.Empty(item.AccessList);
    }

    [Fact]
    public void Notification_is_left_alone_when_its_change_flag_is_false()
    {
        var tree = Trees.Phone();

        tree.SetParameterAttributes(Notify(Status, 2, change: false));

        Assert.Equal(0, tree.Find(Status)!.Notification);
    }

    [Fact]
    public void Access_list_changes_only_when_asked()
    {
        var tree = Trees.Phone();

        tree.SetParameterAttributes(new([new SetParameterAttributesStruct(Status, false, 0, true, ["Subscriber"])]));
        tree.SetParameterAttributes(new([new SetParameterAttributesStruct(Status, true, 1, false, [])]));

        Assert.Equal(["Subscriber"], tree.Find(Status)!.AccessList);
        Assert.Equal(1, tree.Find(Status)!.Notification);
    }

    [Fact]
    public void A_partial_path_sets_every_parameter_below_it()
    {
        var tree = Trees.Phone();

        tree.SetParameterAttributes(Notify(PhoneModel.LineTable + "2.", 1));

        var response = Assert.IsType<GetParameterAttributesResponse>(
            tree.GetParameterAttributes(new GetParameterAttributes([PhoneModel.LineTable + "2."])));
        Assert.Equal(13, response.ParameterList.Count);
        Assert.All(response.ParameterList, a => Assert.Equal(1, a.Notification));
    }

    [Fact]
    public void Active_notification_on_the_parameter_key_is_refused_with_9009()
    {
        var tree = Trees.Gateway();

        var fault = Assert.IsType<CwmpFault>(tree.SetParameterAttributes(Notify("Device.ManagementServer.ParameterKey", 2)));

        Assert.Equal(FaultCodes.NotificationRejected, fault.FaultCode);
        Assert.Equal(0, tree.Find("Device.ManagementServer.ParameterKey")!.Notification);
    }

    [Fact]
    public void Passive_notification_on_the_parameter_key_is_accepted()
    {
        var tree = Trees.Gateway();

        Assert.IsType<SetParameterAttributesResponse>(tree.SetParameterAttributes(Notify("Device.ManagementServer.ParameterKey", 1)));

        Assert.Equal(1, tree.Find("Device.ManagementServer.ParameterKey")!.Notification);
    }

    [Fact]
    public void Software_version_is_always_actively_notified()
    {
        var tree = Trees.Gateway();

        var fault = Assert.IsType<CwmpFault>(tree.SetParameterAttributes(Notify("Device.DeviceInfo.SoftwareVersion", 0)));

        Assert.Equal(FaultCodes.NotificationRejected, fault.FaultCode);
        Assert.Equal(2, tree.Find("Device.DeviceInfo.SoftwareVersion")!.Notification);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Notification_outside_0_to_6_faults_9003(int notification)
    {
        var fault = Assert.IsType<CwmpFault>(Trees.Phone().SetParameterAttributes(Notify(Status, notification)));

        Assert.Equal(FaultCodes.CpeInvalidArguments, fault.FaultCode);
    }

    [Fact]
    public void Attributes_are_all_or_nothing()
    {
        var tree = Trees.Phone();

        var response = tree.SetParameterAttributes(new([
            new SetParameterAttributesStruct(Status, true, 2, false, []),
            new SetParameterAttributesStruct("Device.Unknown", true, 2, false, []),
        ]));

        Assert.Equal(FaultCodes.InvalidParameterName, Assert.IsType<CwmpFault>(response).FaultCode);
        Assert.Equal(0, tree.Find(Status)!.Notification);
    }

    [Fact]
    public void GetParameterAttributes_on_an_unknown_name_faults_9005()
    {
        var fault = Assert.IsType<CwmpFault>(Trees.Phone().GetParameterAttributes(new GetParameterAttributes(["Device.X."])));

        Assert.Equal(FaultCodes.InvalidParameterName, fault.FaultCode);
    }
}
