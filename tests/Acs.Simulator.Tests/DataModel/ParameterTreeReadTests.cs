using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Tests.DataModel;

public class ParameterTreeReadTests
{
    [Fact]
    public void GetParameterValues_returns_a_full_name_with_its_type()
    {
        var response = Assert.IsType<GetParameterValuesResponse>(
            Trees.Gateway().GetParameterValues(new GetParameterValues(["Device.ManagementServer.PeriodicInformInterval"])));

        var item = Assert.Single(response.ParameterList);
        Assert.Equal(new ParameterValueStruct("Device.ManagementServer.PeriodicInformInterval", "3600", XsdTypes.UnsignedInt), item);
    }

    [Fact]
    public void GetParameterValues_on_a_partial_path_returns_every_parameter_below_it()
    {
        var tree = Trees.Phone();

        var response = Assert.IsType<GetParameterValuesResponse>(
            tree.GetParameterValues(new GetParameterValues([PhoneModel.LineTable + "2."])));

        Assert.Equal(13, response.ParameterList.Count);
        Assert.All(response.ParameterList, p => Assert.StartsWith(PhoneModel.LineTable + "2.", p.Name, StringComparison.Ordinal));
        Assert.Contains(response.ParameterList, p => p.Name.EndsWith(".SIP.AuthUserName", StringComparison.Ordinal));
    }

    [Fact]
    public void GetParameterValues_with_the_empty_name_returns_the_whole_tree()
    {
        var tree = Trees.Gateway();

        var response = Assert.IsType<GetParameterValuesResponse>(tree.GetParameterValues(new GetParameterValues([""])));

        Assert.Equal(tree.Parameters.Count(), response.ParameterList.Count);
        Assert.DoesNotContain(response.ParameterList, p => p.Name.EndsWith('.'));
    }

    [Theory]
    [InlineData("Device.DeviceInfo.NoSuchThing")]
    [InlineData("Device.NoSuchObject.")]
    [InlineData("InternetGatewayDevice.")]
    public void GetParameterValues_with_an_unknown_name_faults_9005(string name)
    {
        var fault = Assert.IsType<CwmpFault>(
            Trees.Gateway().GetParameterValues(new GetParameterValues(["Device.DeviceInfo.SoftwareVersion", name])));

        Assert.Equal(FaultCodes.InvalidParameterName, fault.FaultCode);
        Assert.Equal("Client", fault.SoapFaultCode);
    }

    [Fact]
    public void Hidden_parameters_read_back_as_empty_strings()
    {
        var tree = Trees.Phone();
        tree.SetValue(PhoneModel.LineTable + "1.SIP.AuthPassword", "line-secret");

        var response = Assert.IsType<GetParameterValuesResponse>(tree.GetParameterValues(new GetParameterValues(
            ["Device.ManagementServer.Password", PhoneModel.LineTable + "1.SIP.AuthPassword"])));

        Assert.All(response.ParameterList, p => Assert.Equal("", p.Value));
        Assert.Equal("line-secret", tree.GetValue(PhoneModel.LineTable + "1.SIP.AuthPassword"));
    }

    [Fact]
    public void GetParameterNames_next_level_true_lists_only_the_immediate_children()
    {
        var response = Assert.IsType<GetParameterNamesResponse>(
            Trees.Phone().GetParameterNames(new GetParameterNames(PhoneModel.LineTable + "1.", true)));

        Assert.Equal(
            ["Enable", "DirectoryNumber", "Status", "CallState", "SIP.", "CallingFeatures."],
            response.ParameterList.Select(p => p.Name[(PhoneModel.LineTable.Length + 2)..]));
    }

    [Fact]
    public void GetParameterNames_next_level_false_lists_the_object_and_all_descendants()
    {
        var response = Assert.IsType<GetParameterNamesResponse>(
            Trees.Phone().GetParameterNames(new GetParameterNames(PhoneModel.LineTable, false)));

        Assert.Equal(PhoneModel.LineTable, response.ParameterList[0].Name);
        Assert.Contains(response.ParameterList, p => p.Name == PhoneModel.LineTable + "2.CallingFeatures.MWIEnable");
        Assert.Contains(response.ParameterList, p => p.Name == PhoneModel.LineTable + "1.SIP.");
        Assert.Equal(1 + (2 * 16), response.ParameterList.Count);
    }

    [Fact]
    public void GetParameterNames_with_empty_path_and_next_level_true_returns_the_root_object()
    {
        var response = Assert.IsType<GetParameterNamesResponse>(Trees.Gateway().GetParameterNames(new GetParameterNames("", true)));

        Assert.Equal([new ParameterInfoStruct("Device.", false)], response.ParameterList);
    }

    [Fact]
    public void GetParameterNames_with_empty_path_and_next_level_false_returns_everything()
    {
        var tree = Trees.Gateway();

        var response = Assert.IsType<GetParameterNamesResponse>(tree.GetParameterNames(new GetParameterNames("", false)));

        Assert.Equal(tree.Count, response.ParameterList.Count);
    }

    [Fact]
    public void GetParameterNames_on_a_parameter_with_next_level_false_returns_that_parameter()
    {
        var response = Assert.IsType<GetParameterNamesResponse>(
            Trees.Gateway().GetParameterNames(new GetParameterNames("Device.ManagementServer.URL", false)));

        Assert.Equal([new ParameterInfoStruct("Device.ManagementServer.URL", true)], response.ParameterList);
    }

    [Fact]
    public void GetParameterNames_on_a_parameter_with_next_level_true_faults_9003()
    {
        var fault = Assert.IsType<CwmpFault>(
            Trees.Gateway().GetParameterNames(new GetParameterNames("Device.ManagementServer.URL", true)));

        Assert.Equal(FaultCodes.CpeInvalidArguments, fault.FaultCode);
    }

    [Fact]
    public void GetParameterNames_on_an_unknown_path_faults_9005()
    {
        var fault = Assert.IsType<CwmpFault>(Trees.Gateway().GetParameterNames(new GetParameterNames("Device.Nope.", true)));

        Assert.Equal(FaultCodes.InvalidParameterName, fault.FaultCode);
    }

    [Fact]
    public void GetParameterNames_reports_tables_and_their_instances_as_writable_and_fixed_objects_as_not()
    {
        var response = Assert.IsType<GetParameterNamesResponse>(Trees.Gateway().GetParameterNames(new GetParameterNames("Device.IP.", true)));

        Assert.Contains(new ParameterInfoStruct("Device.IP.Interface.", true), response.ParameterList);
        Assert.Contains(new ParameterInfoStruct("Device.IP.InterfaceNumberOfEntries", false), response.ParameterList);
        var interfaces = Assert.IsType<GetParameterNamesResponse>(
            Trees.Gateway().GetParameterNames(new GetParameterNames("Device.IP.Interface.1.", true)));
        Assert.Contains(new ParameterInfoStruct("Device.IP.Interface.1.IPv4Address.", false), interfaces.ParameterList);
    }
}
