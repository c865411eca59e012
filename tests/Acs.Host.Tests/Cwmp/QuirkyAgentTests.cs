using System.Text;
using System.Text.Json;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;

namespace Acs.Host.Tests.Cwmp;

/// <summary>
/// Agents that read XML and write faults their own way, driven through the real server: one that cannot read
/// an XML declaration, and faults with the cwmp:Fault nested in the faultstring or without a SOAP Fault.
/// </summary>
public sealed class QuirkyAgentTests(AcsServerFixture fixture) : IClassFixture<AcsServerFixture>
{
    private const string DirectoryNumber = "Device.Services.VoiceService.1.VoiceProfile.1.Line.1.DirectoryNumber";

    private AcsTestServer Server => fixture.Server;

    [Fact]
    public async Task An_agent_that_cannot_read_an_xml_declaration_registers_and_carries_out_its_tasks()
    {
        var phone = await RegisteredAsync(new DeviceBehaviour { RejectXmlDeclaration = true });
        var id = Devices.IdOf(phone);
        var read = await Server.Tasks.QueueAsync(id, TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo.SoftwareVersion"]}""");
        var set = await Server.Tasks.QueueAsync(id, TaskKind.SetParameterValues, $$"""{"parameterValues":[{"name":"{{DirectoryNumber}}","value":"4242"}]}""");

        var session = await LifecycleTests.PeriodicAsync(Server, phone);

        Assert.Equal(["GetParameterValues", "SetParameterValues"], session.RpcsReceived);
        Assert.Equal(TaskState.Done, (await Server.Tasks.StateOfAsync(read)).State);
        Assert.Equal(TaskState.Done, (await Server.Tasks.StateOfAsync(set)).State);
        Assert.Equal("4242", phone.Tree.Value(DirectoryNumber));
    }

    [Theory]
    [InlineData(FaultShape.Standard)]
    [InlineData(FaultShape.Nested)]
    [InlineData(FaultShape.Unwrapped)]
    public async Task A_refused_SetParameterValues_is_recorded_with_its_codes_whatever_the_fault_shape_and_never_resent(FaultShape shape)
    {
        var phone = await RegisteredAsync(new DeviceBehaviour { FaultShape = shape });
        var id = Devices.IdOf(phone);
        var set = await Server.Tasks.QueueAsync(id, TaskKind.SetParameterValues, """{"parameterValues":[{"name":"Device.DeviceInfo.SerialNumber","value":"X"}]}""");
        var after = await Server.Tasks.QueueAsync(id, TaskKind.GetRPCMethods);

        var session = await LifecycleTests.PeriodicAsync(Server, phone);

        Assert.Equal(["SetParameterValues", "GetRPCMethods"], session.RpcsReceived);
        var faulted = await Server.Tasks.StateOfAsync(set);
        Assert.Equal(TaskState.Faulted, faulted.State);
        Assert.Equal(FaultCodes.CpeInvalidArguments, faulted.FaultCode);
        Assert.Equal(1, faulted.Attempts);
        var parameterFault = Assert.Single(JsonDocument.Parse(faulted.ParameterFaults!).RootElement.EnumerateArray());
        Assert.Equal("Device.DeviceInfo.SerialNumber", parameterFault.GetProperty("parameterName").GetString());
        Assert.Equal(FaultCodes.NonWritableParameter, parameterFault.GetProperty("faultCode").GetUInt32());
        Assert.Equal(TaskState.Done, (await Server.Tasks.StateOfAsync(after)).State);

        var next = await LifecycleTests.PeriodicAsync(Server, phone);
        Assert.Empty(next.RpcsReceived);
    }

    [Fact]
    public async Task A_fault_whose_code_cannot_be_read_ends_its_task_instead_of_being_resent()
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var serial = "RAW" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await cpe.OpenAsync(serial)).Status);
        var task = await Server.Tasks.QueueAsync(Core.Devices.DeviceIdentity.From("00AABB", "RAW", serial), TaskKind.GetRPCMethods);

        var rpc = await cpe.OpenAsync(serial);
        Assert.IsType<GetRPCMethods>(rpc.Envelope!.Body);
        var fault = Encoding.UTF8.GetBytes(
            "<soap-env:Envelope xmlns:soap-env=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap-env:Body><soap-env:Fault>"
            + "<faultcode>Client</faultcode><faultstring>\n\n</faultstring></soap-env:Fault></soap-env:Body></soap-env:Envelope>");
        var end = await cpe.PostAsync(fault);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, end.Status);
        var faulted = await Server.Tasks.StateOfAsync(task);
        Assert.Equal(TaskState.Faulted, faulted.State);
        Assert.Equal(FaultCodes.Unreadable, faulted.FaultCode);
        Assert.Equal(1, faulted.Attempts);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await cpe.OpenAsync(serial)).Status);
    }


    private async Task<VirtualDevice> RegisteredAsync(DeviceBehaviour behaviour)
    {
        var phone = Devices.Phone(Server, behaviour: behaviour);
        var session = await phone.RunSessionAsync(Server.DeviceUrl, CancellationToken.None);
        Assert.True(session.Completed, session.ToString());
        return phone;
    }
}
