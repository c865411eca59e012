using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Tests.DataModel;

public class ParameterTreeSetTests
{
    private const string Interval = "Device.ManagementServer.PeriodicInformInterval";
    private const string Enable = "Device.ManagementServer.PeriodicInformEnable";
    private const string Upgrades = "Device.ManagementServer.UpgradesManaged";
    private const string Key = "Device.ManagementServer.ParameterKey";

    [Fact]
    public void SetParameterValues_applies_every_value_and_records_the_parameter_key()
    {
        var tree = Trees.Gateway();

        var response = tree.SetParameterValues(new SetParameterValues(
            [new(Interval, "600", XsdTypes.UnsignedInt), new(Enable, "0", XsdTypes.Boolean)], "cfg-1"));

        Assert.Equal(new SetParameterValuesResponse(0), response);
        Assert.Equal("600", tree.GetValue(Interval));
        Assert.Equal("false", tree.GetValue(Enable));
        Assert.Equal("cfg-1", tree.GetValue(Key));
    }

    [Fact]
    public void A_value_typed_as_string_is_accepted_when_it_fits_the_parameter_type()
    {
        var tree = Trees.Gateway();

        var response = tree.SetParameterValues(new SetParameterValues([new(Interval, "120")], "k"));

        Assert.IsType<SetParameterValuesResponse>(response);
        Assert.Equal("120", tree.GetValue(Interval));
    }

    [Theory]
    [InlineData("Device.ManagementServer.NoSuchParameter", "x", XsdTypes.String, FaultCodes.InvalidParameterName)]
    [InlineData("Device.ManagementServer.", "x", XsdTypes.String, FaultCodes.InvalidParameterName)]
    [InlineData("Device.DeviceInfo.SerialNumber", "X", XsdTypes.String, FaultCodes.NonWritableParameter)]
    [InlineData(Interval, "abc", XsdTypes.UnsignedInt, FaultCodes.InvalidParameterValue)]
    [InlineData(Interval, "-5", XsdTypes.String, FaultCodes.InvalidParameterValue)]
    [InlineData(Enable, "yes", XsdTypes.Boolean, FaultCodes.InvalidParameterValue)]
    [InlineData(Interval, "true", XsdTypes.Boolean, FaultCodes.InvalidParameterType)]
    [InlineData("Device.ManagementServer.PeriodicInformTime", "tomorrow", XsdTypes.DateTime, FaultCodes.InvalidParameterValue)]
    public void One_bad_parameter_faults_9003_with_its_own_code_and_nothing_is_applied(string name, string value, string type, uint expected)
    {
        var tree = Trees.Gateway();

        var response = tree.SetParameterValues(new SetParameterValues(
            [new(Upgrades, "true", XsdTypes.Boolean), new(name, value, type)], "never"));

        var fault = Assert.IsType<CwmpFault>(response);
        Assert.Equal(FaultCodes.CpeInvalidArguments, fault.FaultCode);
        var parameterFault = Assert.Single(fault.ParameterFaults);
        Assert.Equal(name, parameterFault.ParameterName);
        Assert.Equal(expected, parameterFault.FaultCode);
        Assert.Equal("false", tree.GetValue(Upgrades));
        Assert.Equal("", tree.GetValue(Key));
    }

    [Fact]
    public void Every_bad_parameter_is_listed_in_the_fault()
    {
        var response = Trees.Gateway().SetParameterValues(new SetParameterValues(
            [new(Interval, "abc"), new("Device.DeviceInfo.Manufacturer", "Me"), new("Device.Bogus", "1")], "k"));

        var fault = Assert.IsType<CwmpFault>(response);
        Assert.Equal([9007u, 9008u, 9005u], fault.ParameterFaults.Select(f => f.FaultCode));
    }

    [Fact]
    public void The_same_parameter_twice_faults_9003_without_applying()
    {
        var tree = Trees.Gateway();

        var response = tree.SetParameterValues(new SetParameterValues([new(Interval, "1"), new(Interval, "2")], "k"));

        Assert.Equal(FaultCodes.CpeInvalidArguments, Assert.IsType<CwmpFault>(response).FaultCode);
        Assert.Equal("3600", tree.GetValue(Interval));
    }

    [Fact]
    public void A_hidden_parameter_can_be_written_and_still_reads_back_empty()
    {
        var tree = Trees.Phone();
        var name = PhoneModel.LineTable + "1.SIP.AuthPassword";

        tree.SetParameterValues(new SetParameterValues([new(name, "s3cret")], "k"));

        Assert.Equal("s3cret", tree.GetValue(name));
        var read = Assert.IsType<GetParameterValuesResponse>(tree.GetParameterValues(new GetParameterValues([name])));
        Assert.Equal("", read.ParameterList[0].Value);
    }
}
