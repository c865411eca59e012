using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Tests.DataModel;

public class ParameterTreeObjectTests
{
    [Fact]
    public void AddObject_creates_the_next_instance_from_the_template()
    {
        var tree = Trees.Phone();

        var response = Assert.IsType<AddObjectResponse>(tree.AddObject(new AddObject(PhoneModel.LineTable, "add-1")));

        Assert.Equal(new AddObjectResponse(3, 0), response);
        Assert.Equal("Disabled", tree.GetValue(PhoneModel.LineTable + "3.Enable"));
        Assert.Equal("", tree.GetValue(PhoneModel.LineTable + "3.SIP.URI"));
        Assert.True(tree.Find(PhoneModel.LineTable + "3.SIP.AuthPassword")!.Hidden);
        Assert.Equal("add-1", tree.GetValue("Device.ManagementServer.ParameterKey"));
    }

    [Fact]
    public void AddObject_keeps_the_entry_count_current()
    {
        var tree = Trees.Gateway();

        tree.AddObject(new AddObject("Device.IP.Interface.", "k"));

        Assert.Equal("3", tree.GetValue("Device.IP.InterfaceNumberOfEntries"));
    }

    [Theory]
    [InlineData("Device.DeviceInfo.")]
    [InlineData("Device.IP.Interface")]
    [InlineData("Device.IP.Interface.1.")]
    [InlineData("Device.Nope.")]
    public void AddObject_on_anything_but_a_writable_table_faults_9005(string name)
    {
        var tree = Trees.Gateway();

        var fault = Assert.IsType<CwmpFault>(tree.AddObject(new AddObject(name, "k")));

        Assert.Equal(FaultCodes.InvalidParameterName, fault.FaultCode);
        Assert.Equal("", tree.GetValue("Device.ManagementServer.ParameterKey"));
    }

    [Fact]
    public void DeleteObject_removes_the_whole_instance_subtree()
    {
        var tree = Trees.Phone();

        var response = tree.DeleteObject(new DeleteObject(PhoneModel.LineTable + "1.", "del-1"));

        Assert.Equal(new DeleteObjectResponse(0), response);
        Assert.Empty(tree.Subtree(PhoneModel.LineTable + "1."));
        Assert.NotNull(tree.Find(PhoneModel.LineTable + "2.Enable"));
        Assert.Equal("del-1", tree.GetValue("Device.ManagementServer.ParameterKey"));
    }

    [Fact]
    public void Instance_numbers_are_not_reused_after_a_delete()
    {
        var tree = Trees.Phone();

        tree.DeleteObject(new DeleteObject(PhoneModel.LineTable + "2.", "k"));
        var response = Assert.IsType<AddObjectResponse>(tree.AddObject(new AddObject(PhoneModel.LineTable, "k")));

        Assert.Equal(3u, response.InstanceNumber);
    }

    [Theory]
    [InlineData("Device.Services.VoiceService.1.VoiceProfile.1.Line.9.")]
    [InlineData("Device.Services.VoiceService.1.VoiceProfile.1.Line.")]
    [InlineData("Device.Services.VoiceService.1.VoiceProfile.1.Line.1.SIP.")]
    [InlineData("Device.LAN.")]
    public void DeleteObject_on_anything_but_an_existing_instance_faults_9005(string name)
    {
        var tree = Trees.Phone();
        var before = tree.Count;

        var fault = Assert.IsType<CwmpFault>(tree.DeleteObject(new DeleteObject(name, "k")));

        Assert.Equal(FaultCodes.InvalidParameterName, fault.FaultCode);
        Assert.Equal(before, tree.Count);
    }

    [Fact]
    public void A_clone_is_independent_of_its_original()
    {
        var tree = Trees.Phone();
        var clone = tree.Clone();

        tree.SetValue("Device.LAN.IPAddress", "10.0.0.9");
        tree.AddObject(new AddObject(PhoneModel.LineTable, "k"));

        Assert.NotEqual("10.0.0.9", clone.GetValue("Device.LAN.IPAddress"));
        Assert.Null(clone.Find(PhoneModel.LineTable + "3."));
        Assert.Equal(3u, Assert.IsType<AddObjectResponse>(clone.AddObject(new AddObject(PhoneModel.LineTable, "k"))).InstanceNumber);
    }
}
