using System.Text.Json.Nodes;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;

namespace Acs.Host.Tests.Cwmp;

/// <summary>Every task kind, queued for a registered virtual phone, carried out in its next session.</summary>
public sealed class TaskKindTests
{
    private const string Line = "Device.Services.VoiceService.1.VoiceProfile.1.Line.";

    [Fact]
    public async Task GetRPCMethods_stores_the_device_method_list()
    {
        var (server, phone, task) = await RunAsync(TaskKind.GetRPCMethods, "{}");
        await using var _ = server;
        var result = JsonNode.Parse(task.Result!)!["methods"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Equal(phone.SupportedMethods, result);
    }

    [Fact]
    public async Task GetParameterNames_records_names_and_writability()
    {
        var (server, phone, task) = await RunAsync(TaskKind.GetParameterNames, $$"""{"parameterPath":"{{Line}}1.","nextLevel":false}""");
        await using var _ = server;
        Assert.Equal(TaskState.Done, task.State);
        var stored = await server.Devices.ParametersAsync(Devices.IdOf(phone), $"{Line}1.");
        Assert.Contains(stored, p => p.Name == $"{Line}1.SIP.AuthUserName" && p.Writable == true);
        Assert.Contains(stored, p => p.Name == $"{Line}1.Status" && p.Writable == false);
    }

    [Fact]
    public async Task GetParameterValues_stores_values_and_types()
    {
        var (server, phone, task) = await RunAsync(TaskKind.GetParameterValues, $$"""{"parameterNames":["{{Line}}1.CallingFeatures."]}""");
        await using var _ = server;
        var stored = await server.Devices.ParametersAsync(Devices.IdOf(phone), $"{Line}1.CallingFeatures.");
        Assert.Contains(stored, p => p.Name == $"{Line}1.CallingFeatures.CallWaitingEnable" && p.Value == "true" && p.Type == XsdTypes.Boolean);
        Assert.Contains("CallWaitingEnable", task.Result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetParameterValues_writes_the_device_and_the_registry_with_the_known_type()
    {
        var (server, phone, task) = await RunAsync(
            TaskKind.SetParameterValues,
            $$"""{"parameterValues":[{"name":"{{Line}}1.DirectoryNumber","value":"4081001141"},{"name":"Device.ManagementServer.PeriodicInformInterval","value":600}],"parameterKey":"cfg-1"}""",
            warmUp: $$"""{"parameterNames":["Device.ManagementServer.PeriodicInformInterval"]}""");
        await using var _ = server;
        Assert.Equal(TaskState.Done, task.State);
        Assert.Equal("4081001141", phone.Tree.Value($"{Line}1.DirectoryNumber"));
        Assert.Equal("600", phone.Tree.Value("Device.ManagementServer.PeriodicInformInterval"));
        Assert.Equal("cfg-1", phone.Tree.Value("Device.ManagementServer.ParameterKey"));
        var stored = await server.Devices.ParametersAsync(Devices.IdOf(phone), "Device.ManagementServer.PeriodicInformInterval");
        Assert.Equal(XsdTypes.UnsignedInt, Assert.Single(stored).Type);
        Assert.Equal(600u, (await server.Devices.GetAsync(Devices.IdOf(phone)))!.PeriodicInformInterval);
    }

    [Fact]
    public async Task GetParameterAttributes_and_SetParameterAttributes_round_trip_notification()
    {
        var (server, phone, task) = await RunAsync(
            TaskKind.SetParameterAttributes,
            $$"""{"parameters":[{"name":"{{Line}}1.Status","notificationChange":true,"notification":2}]}""");
        await using var _ = server;
        Assert.Equal(TaskState.Done, task.State);
        var read = await server.Tasks.QueueAsync(Devices.IdOf(phone), TaskKind.GetParameterAttributes, $$"""{"parameterNames":["{{Line}}1.Status"]}""");
        phone.Events.Add(EventCodes.Periodic);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        read = await server.Tasks.StateOfAsync(read);
        Assert.Equal(TaskState.Done, read.State);
        Assert.Equal(2, JsonNode.Parse(read.Result!)!["parameters"]![0]!["notification"]!.GetValue<int>());
        var stored = await server.Devices.ParametersAsync(Devices.IdOf(phone), $"{Line}1.Status");
        Assert.Equal(2, Assert.Single(stored).Notification);
    }

    [Fact]
    public async Task AddObject_records_the_new_instance_and_its_parameters()
    {
        var (server, phone, task) = await RunAsync(TaskKind.AddObject, $$"""{"objectName":"{{Line}}","parameterKey":"add-1"}""");
        await using var _ = server;
        Assert.Equal(TaskState.Done, task.State);
        var result = JsonNode.Parse(task.Result!)!;
        Assert.Equal(3u, result["instanceNumber"]!.GetValue<uint>());
        Assert.NotNull(result["parameterValues"]);
        var stored = await server.Devices.ParametersAsync(Devices.IdOf(phone), $"{Line}3.");
        Assert.Contains(stored, p => p.Name == $"{Line}3.");
        Assert.Contains(stored, p => p.Name == $"{Line}3.DirectoryNumber");
        Assert.True(phone.Tree.Find($"{Line}3.DirectoryNumber") is not null);
    }

    [Fact]
    public async Task DeleteObject_removes_the_instance_from_device_and_registry()
    {
        var (server, phone, task) = await RunAsync(TaskKind.DeleteObject, $$"""{"objectName":"{{Line}}2."}""",
            warmUp: $$"""{"parameterNames":["{{Line}}"]}""");
        await using var _ = server;
        Assert.Equal(TaskState.Done, task.State);
        Assert.False(phone.Tree.Find($"{Line}2.DirectoryNumber") is not null);
        Assert.Empty(await server.Devices.ParametersAsync(Devices.IdOf(phone), $"{Line}2."));
        Assert.NotEmpty(await server.Devices.ParametersAsync(Devices.IdOf(phone), $"{Line}1."));
    }

    [Fact]
    public async Task ScheduleInform_is_done_when_the_device_accepts_it()
    {
        var (server, _, task) = await RunAsync(TaskKind.ScheduleInform, """{"delaySeconds":60,"commandKey":"later"}""", gateway: true);
        await using var _ = server;
        Assert.Equal(TaskState.Done, task.State);
        Assert.Equal("later", task.CommandKey);
    }

    [Fact]
    public async Task Upload_completes_with_the_TransferComplete_of_a_later_session()
    {
        var (server, phone, task) = await RunAsync(TaskKind.Upload, """{"fileType":"1 Vendor Configuration File","url":"http://127.0.0.1:9/upload"}""", gateway: true);
        await using var _ = server;
        Assert.Equal(TaskState.InProgress, task.State);

        var next = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(next.Completed, next.ToString());
        Assert.Contains(next.EventsSent, e => e.EventCode == EventCodes.MUpload && e.CommandKey == task.CommandKey);
        Assert.Equal(TaskState.Done, (await server.Tasks.StateOfAsync(task)).State);
    }

    [Fact]
    public async Task A_method_the_phone_does_not_support_faults_at_once_with_9000()
    {
        var (server, _, task) = await RunAsync(TaskKind.Upload, """{"fileType":"2 Vendor Log File","url":"http://127.0.0.1:9/upload"}""");
        await using var _ = server;
        Assert.Equal(TaskState.Faulted, task.State);
        Assert.Equal(FaultCodes.CpeMethodNotSupported, task.FaultCode);
        Assert.Equal(1, task.Attempts);
    }

    /// <summary>Registers a phone, queues the task (after an optional warm-up read), runs one session, returns the task as stored.</summary>
    private static async Task<(AcsTestServer Server, VirtualDevice Phone, DeviceTask Task)> RunAsync(TaskKind kind, string arguments, string? warmUp = null, bool gateway = false)
    {
        var server = await AcsTestServer.StartAsync();
        var phone = gateway ? Devices.Gateway(server) : Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var id = Devices.IdOf(phone);
        if (warmUp is not null)
        {
            await server.Tasks.QueueAsync(id, TaskKind.GetParameterValues, warmUp);
        }

        var task = await server.Tasks.QueueAsync(id, kind, arguments);
        phone.Events.Add(EventCodes.Periodic);
        var session = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        Assert.True(session.Completed, session.ToString());
        return (server, phone, await server.Tasks.StateOfAsync(task));
    }
}
