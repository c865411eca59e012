using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Tests.DataModel;

public class DeviceModelTests
{
    [Fact]
    public void The_gateway_identifies_itself_from_its_device_id()
    {
        var tree = Trees.Gateway();

        Assert.Equal("0011AA", tree.GetValue("Device.DeviceInfo.ManufacturerOUI"));
        Assert.Equal("VGW-1", tree.GetValue("Device.DeviceInfo.ProductClass"));
        Assert.Equal("GW0001", tree.GetValue("Device.DeviceInfo.SerialNumber"));
        Assert.Equal("0011AA-VGW-1-GW0001", tree.GetValue("Device.ManagementServer.Username"));
    }

    [Fact]
    public void The_gateway_forces_the_TR181_inform_parameters()
    {
        var forced = Trees.Gateway().Parameters.Where(p => p.Flags.HasFlag(ParameterFlags.ForcedInform)).Select(p => p.Name);

        Assert.Equal(
            [
                "Device.RootDataModelVersion", "Device.DeviceInfo.HardwareVersion", "Device.DeviceInfo.SoftwareVersion",
                "Device.DeviceInfo.ProvisioningCode", "Device.ManagementServer.ParameterKey",
                "Device.ManagementServer.ConnectionRequestURL", "Device.ManagementServer.AliasBasedAddressing",
            ],
            forced);
    }

    [Fact]
    public void The_phone_forces_the_TR106_inform_parameters()
    {
        var forced = Trees.Phone().Parameters.Where(p => p.Flags.HasFlag(ParameterFlags.ForcedInform)).Select(p => p.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "Device.DeviceSummary", "Device.DeviceInfo.HardwareVersion", "Device.DeviceInfo.SoftwareVersion",
                "Device.ManagementServer.ParameterKey", "Device.ManagementServer.ConnectionRequestURL", "Device.LAN.IPAddress",
            },
            forced);
    }

    [Fact]
    public void The_phone_has_two_TR104_lines_with_hidden_sip_passwords()
    {
        var tree = Trees.Phone();

        foreach (var line in new[] { "1.", "2." })
        {
            Assert.True(tree.Find(PhoneModel.LineTable + line + "SIP.AuthPassword")!.Hidden);
            Assert.True(tree.Find(PhoneModel.LineTable + line + "SIP.AuthUserName")!.Writable);
            Assert.False(tree.Find(PhoneModel.LineTable + line + "Status")!.Writable);
            Assert.NotNull(tree.Find(PhoneModel.LineTable + line + "DirectoryNumber"));
            Assert.NotNull(tree.Find(PhoneModel.LineTable + line + "CallingFeatures.CallWaitingEnable"));
        }

        Assert.Null(tree.Find(PhoneModel.LineTable + "3."));
        Assert.Matches("^[0-9A-F]{2}(:[0-9A-F]{2}){5}$", tree.GetValue("Device.LAN.MACAddress"));
    }

    [Fact]
    public void Every_model_value_fits_its_declared_type()
    {
        foreach (var tree in new[] { Trees.Gateway(), Trees.Phone() })
        {
            Assert.All(tree.Parameters, p => Assert.True(XsdValueCheck.Fits(p.Type, p.Value), $"{p.Name}={p.Value} ({p.Type})"));
        }
    }

    [Fact]
    public void Devices_built_with_different_seeds_get_different_addresses()
    {
        var one = PhoneModel.Create(Trees.PhoneId, new DeviceSettings { AddressSeed = 2 });
        var two = PhoneModel.Create(Trees.PhoneId, new DeviceSettings { AddressSeed = 3 });

        Assert.NotEqual(one.GetValue("Device.LAN.IPAddress"), two.GetValue("Device.LAN.IPAddress"));
        Assert.NotEqual(one.GetValue("Device.LAN.MACAddress"), two.GetValue("Device.LAN.MACAddress"));
    }

    [Theory]
    [InlineData(XsdTypes.Boolean, "1", true)]
    [InlineData(XsdTypes.Boolean, "TRUE", false)]
    [InlineData(XsdTypes.Int, "-42", true)]
    [InlineData(XsdTypes.UnsignedInt, "4294967296", false)]
    [InlineData(XsdTypes.UnsignedLong, "18446744073709551615", true)]
    [InlineData(XsdTypes.DateTime, "0001-01-01T00:00:00Z", true)]
    [InlineData(XsdTypes.DateTime, "2024-06-01T10:07:12Z", true)]
    [InlineData(XsdTypes.Base64, "aGVsbG8=", true)]
    [InlineData(XsdTypes.Base64, "aGVsbG8", false)]
    [InlineData(XsdTypes.HexBinary, "0aFF", true)]
    [InlineData(XsdTypes.HexBinary, "0aF", false)]
    [InlineData(XsdTypes.String, "anything at all", true)]
    public void Values_are_checked_against_their_xsd_type(string type, string value, bool fits)
    {
        Assert.Equal(fits, XsdValueCheck.Fits(type, value));
    }
}
