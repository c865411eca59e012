using Acs.Cwmp;
using Acs.Simulator.Device;

namespace Acs.Simulator.Tests.Device;

public class VirtualDeviceRpcTests
{
    [Fact]
    public void GetRPCMethods_lists_what_the_device_kind_supports()
    {
        var phone = Assert.IsType<GetRPCMethodsResponse>(Devices.Phone().Handle(new GetRPCMethods()));
        var gateway = Assert.IsType<GetRPCMethodsResponse>(Devices.Gateway().Handle(new GetRPCMethods()));

        Assert.DoesNotContain("Upload", phone.MethodList);
        Assert.Contains("Download", phone.MethodList);
        Assert.Contains("ScheduleInform", gateway.MethodList);
    }

    [Fact]
    public void A_method_the_device_does_not_support_faults_9000()
    {
        var fault = Assert.IsType<CwmpFault>(Devices.Phone().Handle(new Upload("k", "1 Vendor Configuration File", "http://f/u", "", "", 0)));

        Assert.Equal(FaultCodes.CpeMethodNotSupported, fault.FaultCode);
        Assert.Equal("Server", fault.SoapFaultCode);
    }

    [Fact]
    public void An_ACS_response_sent_as_a_request_faults_9000()
    {
        var fault = Assert.IsType<CwmpFault>(Devices.Gateway().Handle(new InformResponse()));

        Assert.Equal(FaultCodes.CpeMethodNotSupported, fault.FaultCode);
    }

    [Fact]
    public void The_behaviour_can_force_a_fault_on_a_method()
    {
        var behaviour = new DeviceBehaviour();
        behaviour.FaultOnMethod["GetParameterValues"] = 9002;
        var device = Devices.Gateway(behaviour: behaviour);

        var fault = Assert.IsType<CwmpFault>(device.Handle(new GetParameterValues(["Device."])));

        Assert.Equal(9002u, fault.FaultCode);
        Assert.IsType<GetParameterNamesResponse>(device.Handle(new GetParameterNames("Device.", true)));
    }

    [Fact]
    public void A_download_over_an_unsupported_protocol_faults_9013()
    {
        var fault = Assert.IsType<CwmpFault>(
            Devices.Gateway().Handle(new Download("k", "1 Firmware Upgrade Image", "ftp://f/fw.bin", "", "", 0, "", 0, "", "")));

        Assert.Equal(FaultCodes.UnsupportedTransferProtocol, fault.FaultCode);
    }

    [Fact]
    public void ScheduleInform_without_a_delay_faults_9003()
    {
        var fault = Assert.IsType<CwmpFault>(Devices.Gateway().Handle(new ScheduleInform(0, "k")));

        Assert.Equal(FaultCodes.CpeInvalidArguments, fault.FaultCode);
    }

    [Fact]
    public void Reading_UpTime_reflects_the_device_clock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Devices.Start);
        var device = Devices.Gateway(time);
        time.Advance(TimeSpan.FromSeconds(75));

        var response = Assert.IsType<GetParameterValuesResponse>(device.Handle(new GetParameterValues(["Device.DeviceInfo.UpTime"])));

        Assert.Equal("75", response.ParameterList[0].Value);
    }

    [Theory]
    [InlineData("http://f/fw/phone-3.1.0.bin", "", "phone-3.1.0")]
    [InlineData("http://f/fw/phone-3.1.0.bin", "image-9.loads", "image-9")]
    [InlineData("http://f/download?id=7", "", "download")]
    public void The_installed_version_comes_from_the_file_name(string url, string target, string expected)
    {
        Assert.Equal(expected, TransferWork.VersionFromFileName(new Download("k", TransferWork.FirmwareImage, url, "", "", 0, target, 0, "", "")));
    }
}
