using Acs.Core.Devices;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;

namespace Acs.Host.Tests.Cwmp;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Phone_registers_on_BOOTSTRAP_and_its_inform_parameters_are_stored()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server, "FCH1234ABCD");

        var session = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(session.Completed, session.ToString());
        Assert.Contains(session.EventsSent, e => e.EventCode == EventCodes.Bootstrap);
        var device = await server.Devices.GetAsync("00562B-CP%2D8851%2D3PCC-FCH1234ABCD");
        Assert.NotNull(device);
        Assert.Equal("Cisco Systems Inc.", device.Manufacturer);
        Assert.Equal(phone.Tree.Value("Device.DeviceInfo.SoftwareVersion"), device.SoftwareVersion);
        Assert.Equal(phone.Tree.Value("Device.ManagementServer.ConnectionRequestURL"), device.ConnectionRequestUrl);
        Assert.NotNull(device.LastBootstrap);
        Assert.NotNull(device.LastBoot);
        Assert.Equal("127.0.0.1", device.IpAddress);
        var parameters = await server.Devices.ParametersAsync(device.Id, "Device.DeviceInfo.");
        Assert.Contains(parameters, p => p.Name == "Device.DeviceInfo.HardwareVersion" && p.Type == XsdTypes.String);
        var events = await server.Devices.EventsAsync(device.Id);
        Assert.Contains(events, e => e.EventCode == EventCodes.Bootstrap);
        Assert.Contains(events, e => e.EventCode == EventCodes.Boot);
    }

    [Fact]
    public async Task Device_id_percent_encodes_every_character_outside_letters_digits_and_underscore()
    {
        Assert.Equal("00AABB-My%2DBox%20X-S%2F1_2", DeviceIdentity.From("00AABB", "My-Box X", "S/1_2"));
        Assert.Equal("00AABB-S1", DeviceIdentity.From("00AABB", "", "S1"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Periodic_inform_updates_last_inform_and_keeps_the_event_history()
    {
        await using var server = await AcsTestServer.StartAsync();
        var gateway = Devices.Gateway(server);
        Assert.True((await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        gateway.Events.Add(EventCodes.Periodic);
        var second = await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(second.Completed, second.ToString());
        Assert.Equal([EventCodes.Periodic], second.EventsSent.Select(e => e.EventCode));
        var events = await server.Devices.EventsAsync(Devices.IdOf(gateway));
        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot, EventCodes.Periodic], events.Select(e => e.EventCode));
        var device = await server.Devices.GetAsync(Devices.IdOf(gateway));
        Assert.True(device!.LastInform >= device.LastBoot);
    }

    [Fact]
    public async Task Value_change_inform_stores_the_new_value()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        phone.ChangeValue("Device.DeviceInfo.ProvisioningCode", "PC-42");
        var session = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(session.Completed, session.ToString());
        Assert.Contains(session.EventsSent, e => e.EventCode == EventCodes.ValueChange);
        var device = await server.Devices.GetAsync(Devices.IdOf(phone));
        Assert.Equal("PC-42", device!.ProvisioningCode);
    }

    [Fact]
    public async Task Bootstrap_forgets_cached_parameters_the_device_no_longer_reports()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var id = Devices.IdOf(phone);
        var task = await server.Tasks.QueueAsync(id, Core.Tasks.TaskKind.GetParameterValues, """{"parameterNames":["Device.Services."]}""");
        phone.Events.Add(EventCodes.Periodic);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        Assert.Equal(Core.Tasks.TaskState.Done, (await server.Tasks.StateOfAsync(task)).State);
        Assert.NotEmpty(await server.Devices.ParametersAsync(id, "Device.Services."));

        phone.Events.Add(EventCodes.Bootstrap);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        Assert.Empty(await server.Devices.ParametersAsync(id, "Device.Services."));
        Assert.NotEmpty(await server.Devices.ParametersAsync(id, "Device.DeviceInfo."));
    }
}
