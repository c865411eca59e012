using Acs.Core.ConnectionRequests;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.DataModel;
using Acs.Simulator.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Host.Tests.Cwmp;

/// <summary>The ACS wakes a device through its Connection Request listener (Digest) and the queued task runs at once.</summary>
public sealed class ConnectionRequestTests
{
    [Fact]
    public async Task Connection_request_with_digest_wakes_the_device_and_its_task_finishes()
    {
        await using var server = await AcsTestServer.StartAsync();
        await using var listener = new ConnectionRequestListener();
        var phone = Devices.Phone(server, settings: new DeviceSettings { ConnectionRequestUsername = "cr-user", ConnectionRequestPassword = "cr-pass" });
        listener.Register(phone);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var id = Devices.IdOf(phone);
        await server.Devices.ProvisionAsync(phone.DeviceId.OUI, phone.DeviceId.ProductClass, phone.DeviceId.SerialNumber,
            connectionRequestUsername: "cr-user", connectionRequestPassword: "cr-pass");
        var task = await server.Tasks.QueueAsync(id, TaskKind.GetRPCMethods);
        var finished = server.Tasks.WaitAsync(task.Id, TimeSpan.FromSeconds(30));
        var asked = phone.WaitForSessionRequestAsync(CancellationToken.None);

        var outcome = await server.Services.GetRequiredService<DeviceWaker>().WakeAsync(id);
        await asked;
        var session = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.Equal(ConnectionRequestResult.Accepted, outcome);
        Assert.Contains(session.EventsSent, e => e.EventCode == EventCodes.ConnectionRequest);
        Assert.Equal(TaskState.Done, (await finished)!.State);
        var device = await server.Devices.GetAsync(id);
        Assert.Equal("Accepted", device!.LastConnectionRequestOutcome);
    }

    [Fact]
    public async Task Wrong_connection_request_credentials_are_reported_as_unauthorized()
    {
        await using var server = await AcsTestServer.StartAsync();
        await using var listener = new ConnectionRequestListener();
        var phone = Devices.Phone(server, settings: new DeviceSettings { ConnectionRequestUsername = "cr-user", ConnectionRequestPassword = "cr-pass" });
        listener.Register(phone);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        await server.Devices.ProvisionAsync(phone.DeviceId.OUI, phone.DeviceId.ProductClass, phone.DeviceId.SerialNumber,
            connectionRequestUsername: "cr-user", connectionRequestPassword: "guess");

        var outcome = await server.Services.GetRequiredService<DeviceWaker>().WakeAsync(Devices.IdOf(phone));

        Assert.Equal(ConnectionRequestResult.Unauthorized, outcome);
    }

    [Fact]
    public async Task Device_whose_listener_is_gone_is_reported_unreachable()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        var listener = new ConnectionRequestListener();
        listener.Register(phone);
        await listener.DisposeAsync();
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        var outcome = await server.Services.GetRequiredService<DeviceWaker>().WakeAsync(Devices.IdOf(phone));

        Assert.Equal(ConnectionRequestResult.Unreachable, outcome);
    }
}
