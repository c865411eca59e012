using Acs.Cwmp;
using Acs.Simulator.DataModel;
using Acs.Simulator.Tests.DataModel;
using Microsoft.Extensions.Time.Testing;

namespace Acs.Simulator.Tests.Device;

public class VirtualDeviceEventTests
{
    [Fact]
    public async Task A_new_device_informs_with_BOOTSTRAP_and_BOOT_and_its_forced_parameters()
    {
        var device = Devices.Gateway();

        var (inform, _, _) = await Devices.SessionAsync(device);

        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot], Devices.Codes(inform));
        Assert.Equal(Trees.GatewayId, inform.DeviceId);
        Assert.Equal(0u, inform.RetryCount);
        Assert.Contains(inform.ParameterList, p => p.Name == "Device.DeviceInfo.SoftwareVersion" && p.Value == "1.0.0");
        Assert.Contains(inform.ParameterList, p => p.Name == "Device.ManagementServer.ConnectionRequestURL");
    }

    [Fact]
    public async Task BOOTSTRAP_is_repeated_until_an_InformResponse_arrives()
    {
        var device = Devices.Phone();

        device.CreateInform();
        await device.EndSessionAsync(false, CancellationToken.None);
        var (retry, _, _) = await Devices.SessionAsync(device);
        var (after, _, _) = await Devices.SessionAsync(device);

        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot], Devices.Codes(retry));
        Assert.Equal(1u, retry.RetryCount);
        Assert.Empty(after.Event);
        Assert.Equal(0u, after.RetryCount);
    }

    [Fact]
    public async Task A_connection_request_is_delivered_once_and_not_retried_after_a_failed_session()
    {
        var device = Devices.Phone();
        await Devices.SessionAsync(device);

        device.RequestConnection();
        device.RequestConnection();
        var first = device.CreateInform();
        await device.EndSessionAsync(false, CancellationToken.None);
        var (second, _, _) = await Devices.SessionAsync(device);

        Assert.Equal([EventCodes.ConnectionRequest], Devices.Codes(first));
        Assert.Empty(second.Event);
    }

    [Fact]
    public async Task Reboot_comes_back_with_BOOT_and_M_Reboot_carrying_the_command_key()
    {
        var time = new FakeTimeProvider(Devices.Start);
        var device = Devices.Gateway(time);
        await Devices.SessionAsync(device);
        time.Advance(TimeSpan.FromHours(1));

        var (_, _, answers) = await Devices.SessionAsync(device, new Reboot("reboot-42"));
        time.Advance(TimeSpan.FromSeconds(30));
        var (inform, _, _) = await Devices.SessionAsync(device);

        Assert.IsType<RebootResponse>(Assert.Single(answers));
        Assert.Equal([new EventStruct(EventCodes.Boot, ""), new EventStruct(EventCodes.MReboot, "reboot-42")], inform.Event);
        Assert.Equal(2, device.BootCount);
        Assert.Equal("30", device.Tree.GetValue("Device.DeviceInfo.UpTime"));
    }

    [Fact]
    public async Task Method_events_accumulate_one_per_command_key_while_single_events_do_not()
    {
        var device = Devices.Gateway();
        await Devices.SessionAsync(device);

        await Devices.SessionAsync(device, new Reboot("a"), new Reboot("b"));
        var inform = device.CreateInform();

        Assert.Equal(["1 BOOT", "M Reboot a", "M Reboot b"], inform.Event.Select(e => (e.EventCode + " " + e.CommandKey).Trim()));
    }

    [Fact]
    public async Task A_firmware_download_is_reported_in_the_next_session_with_TransferComplete()
    {
        var time = new FakeTimeProvider(Devices.Start);
        var device = Devices.Phone(time);
        await Devices.SessionAsync(device);
        var download = new Download("fw-2.0.0", "1 Firmware Upgrade Image", "http://files.example.com/fw/cp-2.0.0.bin", "", "", 0, "", 0, "", "");

        var (_, _, answers) = await Devices.SessionAsync(device, download);
        var inform = device.CreateInform();
        device.InformAccepted();
        var requests = device.CreateCpeRequests();

        var response = Assert.IsType<DownloadResponse>(Assert.Single(answers));
        Assert.Equal(1, response.Status);
        Assert.Equal(
            [EventCodes.Boot, EventCodes.ValueChange, EventCodes.TransferComplete, EventCodes.MDownload],
            Devices.Codes(inform));
        Assert.Contains(new EventStruct(EventCodes.MDownload, "fw-2.0.0"), inform.Event);
        Assert.Contains(new ParameterValueStruct("Device.DeviceInfo.SoftwareVersion", "cp-2.0.0"), inform.ParameterList);
        var transfer = Assert.IsType<TransferComplete>(Assert.Single(requests));
        Assert.Equal("fw-2.0.0", transfer.CommandKey);
        Assert.Equal(FaultStruct.Success, transfer.FaultStruct);
        Assert.Equal(Devices.Start, transfer.StartTime);
    }

    [Fact]
    public async Task TransferComplete_is_repeated_until_the_ACS_acknowledges_it()
    {
        var device = Devices.Gateway();
        await Devices.SessionAsync(device);
        await Devices.SessionAsync(device, new Download("cfg-7", "3 Vendor Configuration File", "http://f/c.xml", "", "", 0, "", 0, "", ""));

        device.CreateInform();
        device.InformAccepted();
        await device.EndSessionAsync(false, CancellationToken.None);
        var (again, requests, _) = await Devices.SessionAsync(device);
        var (after, _, _) = await Devices.SessionAsync(device);

        Assert.Equal([EventCodes.TransferComplete, EventCodes.MDownload], Devices.Codes(again));
        Assert.Equal("cfg-7", Assert.IsType<TransferComplete>(Assert.Single(requests)).CommandKey);
        Assert.Empty(after.Event);
        Assert.Empty(device.PendingTransfers);
    }

    [Fact]
    public async Task A_failed_download_reports_its_fault_and_keeps_the_old_firmware()
    {
        var device = Devices.Phone(behaviour: new() { DownloadFaultCode = 9010 });
        await Devices.SessionAsync(device);

        await Devices.SessionAsync(device, new Download("fw-x", "1 Firmware Upgrade Image", "http://f/fw.bin", "", "", 0, "", 0, "", ""));
        var inform = device.CreateInform();
        device.InformAccepted();

        Assert.DoesNotContain(EventCodes.Boot, Devices.Codes(inform));
        Assert.Equal("1.0.0", device.Tree.GetValue("Device.DeviceInfo.SoftwareVersion"));
        var transfer = Assert.IsType<TransferComplete>(Assert.Single(device.CreateCpeRequests()));
        Assert.Equal(9010u, transfer.FaultStruct.FaultCode);
    }

    [Fact]
    public async Task Factory_reset_restores_the_tree_and_comes_back_with_BOOTSTRAP_and_BOOT()
    {
        var device = Devices.Phone();
        device.SetConnectionRequestUrl("http://127.0.0.1:9/cr/abc");
        await Devices.SessionAsync(device);
        await Devices.SessionAsync(device,
            new SetParameterValues([new("Device.ManagementServer.PeriodicInformInterval", "60")], "k1"),
            new AddObject(PhoneModel.LineTable, "k2"));

        await Devices.SessionAsync(device, new FactoryReset());
        var inform = device.CreateInform();

        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot], Devices.Codes(inform));
        Assert.Equal("3600", device.Tree.GetValue("Device.ManagementServer.PeriodicInformInterval"));
        Assert.Equal("", device.Tree.GetValue("Device.ManagementServer.ParameterKey"));
        Assert.Null(device.Tree.Find(PhoneModel.LineTable + "3."));
        Assert.Equal("http://127.0.0.1:9/cr/abc", device.Tree.GetValue("Device.ManagementServer.ConnectionRequestURL"));
    }

    [Fact]
    public async Task A_passively_notified_change_is_sent_with_VALUE_CHANGE_at_the_next_inform()
    {
        var device = Devices.Phone();
        await Devices.SessionAsync(device, new SetParameterAttributes([new("Device.LAN.DNSServers", true, 1, false, [])]));

        device.ChangeValue("Device.LAN.DNSServers", "9.9.9.9");
        var (inform, _, _) = await Devices.SessionAsync(device);
        var (next, _, _) = await Devices.SessionAsync(device);

        Assert.Equal([EventCodes.ValueChange], Devices.Codes(inform));
        Assert.Contains(new ParameterValueStruct("Device.LAN.DNSServers", "9.9.9.9"), inform.ParameterList);
        Assert.Empty(next.Event);
        Assert.DoesNotContain(next.ParameterList, p => p.Name == "Device.LAN.DNSServers");
    }

    [Fact]
    public async Task An_actively_notified_change_asks_for_a_session_at_once()
    {
        var device = Devices.Phone();
        await Devices.SessionAsync(device, new SetParameterAttributes([new(PhoneModel.LineTable + "1.Status", true, 2, false, [])]));
        var waiting = device.WaitForSessionRequestAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        device.ChangeValue(PhoneModel.LineTable + "1.Status", "Up");

        await waiting;
        Assert.Contains(EventCodes.ValueChange, Devices.Codes(device.CreateInform()));
    }

    [Fact]
    public async Task Changes_to_unnotified_parameters_and_changes_made_by_the_ACS_raise_no_event()
    {
        var device = Devices.Phone();
        await Devices.SessionAsync(device, new SetParameterAttributes([new("Device.LAN.DNSServers", true, 2, false, [])]));

        device.ChangeValue("Device.LAN.SubnetMask", "255.255.0.0");
        await Devices.SessionAsync(device, new SetParameterValues([new("Device.LAN.DNSServers", "1.1.1.1")], "k"));
        var inform = device.CreateInform();

        Assert.Empty(inform.Event);
    }

    [Fact]
    public async Task ScheduleInform_opens_a_session_with_SCHEDULED_after_the_delay()
    {
        var time = new FakeTimeProvider(Devices.Start);
        var device = Devices.Gateway(time);
        await Devices.SessionAsync(device, new ScheduleInform(300, "later"));
        var waiting = device.WaitForSessionRequestAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(299));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await waiting;

        Assert.Equal([new EventStruct(EventCodes.Scheduled, ""), new EventStruct(EventCodes.MScheduleInform, "later")], device.CreateInform().Event);
    }

    [Fact]
    public async Task A_new_ACS_URL_is_met_with_BOOTSTRAP()
    {
        var device = Devices.Gateway();
        await Devices.SessionAsync(device);

        await Devices.SessionAsync(device, new SetParameterValues([new("Device.ManagementServer.URL", "http://other.example.com/")], "k"));

        Assert.Equal([EventCodes.Bootstrap], Devices.Codes(device.CreateInform()));
    }

    [Fact]
    public async Task An_upload_completes_with_M_Upload_and_TransferComplete()
    {
        var device = Devices.Gateway();
        await Devices.SessionAsync(device);

        var (_, _, answers) = await Devices.SessionAsync(device, new Upload("up-1", "1 Vendor Configuration File", "http://f/up", "", "", 0));
        var inform = device.CreateInform();
        device.InformAccepted();

        Assert.Equal(1, Assert.IsType<UploadResponse>(Assert.Single(answers)).Status);
        Assert.Equal([new EventStruct(EventCodes.TransferComplete, ""), new EventStruct(EventCodes.MUpload, "up-1")], inform.Event);
        Assert.Equal("up-1", Assert.IsType<TransferComplete>(Assert.Single(device.CreateCpeRequests())).CommandKey);
        Assert.True(device.TransferHistory[0].Bytes > 0);
    }

    [Fact]
    public async Task A_connection_request_URL_set_while_booting_is_not_a_value_change_but_a_later_move_is()
    {
        var device = Devices.Gateway();
        device.SetConnectionRequestUrl("http://127.0.0.1:1000/cr/a");
        var (boot, _, _) = await Devices.SessionAsync(device);
        var waiting = device.WaitForSessionRequestAsync(CancellationToken.None);

        device.SetConnectionRequestUrl("http://127.0.0.1:2000/cr/a");
        await waiting;
        var moved = device.CreateInform();

        Assert.DoesNotContain(EventCodes.ValueChange, Devices.Codes(boot));
        Assert.Contains(new ParameterValueStruct("Device.ManagementServer.ConnectionRequestURL", "http://127.0.0.1:1000/cr/a"), boot.ParameterList);
        Assert.Equal([EventCodes.ValueChange], Devices.Codes(moved));
        Assert.Contains(new ParameterValueStruct("Device.ManagementServer.ConnectionRequestURL", "http://127.0.0.1:2000/cr/a"), moved.ParameterList);
    }
}
