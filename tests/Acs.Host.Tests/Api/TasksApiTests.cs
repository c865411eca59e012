using System.Net;
using System.Text.Json;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Api;

public sealed class TasksApiTests
{
    private static readonly string[] EveryKind =
    [
        """{"name":"getRPCMethods"}""",
        """{"name":"getParameterNames","parameterPath":"Device.DeviceInfo.","nextLevel":true}""",
        """{"name":"getParameterValues","parameterNames":["Device.DeviceInfo.SoftwareVersion"]}""",
        """{"name":"setParameterValues","parameterValues":[{"name":"Device.WiFi.SSID.1.SSID","value":"api"}],"parameterKey":"k1"}""",
        """{"name":"getParameterAttributes","parameterNames":["Device.WiFi.SSID.1.SSID"]}""",
        """{"name":"setParameterAttributes","parameters":[{"name":"Device.WiFi.SSID.1.SSID","notificationChange":true,"notification":1}]}""",
        """{"name":"addObject","objectName":"Device.WiFi.SSID."}""",
        """{"name":"deleteObject","objectName":"Device.WiFi.SSID.1."}""",
        """{"name":"scheduleInform","delaySeconds":30}""",
        """{"name":"upload","fileType":"1 Vendor Configuration File","url":"http://127.0.0.1:9/up","password":"upload-secret"}""",
        """{"name":"download","fileType":"1 Firmware Upgrade Image","url":"http://127.0.0.1:9/fw.bin","expiry":3600}""",
        """{"name":"reboot"}""",
        """{"name":"factoryReset"}""",
    ];

    private static Dictionary<string, string?> WakeCredentials => new()
    {
        ["Acs:ConnectionRequest:Username"] = "cr-user",
        ["Acs:ConnectionRequest:Password"] = "cr-pass",
    };

    private static readonly Acs.Simulator.DataModel.DeviceSettings DeviceWakeCredentials =
        new() { ConnectionRequestUsername = "cr-user", ConnectionRequestPassword = "cr-pass" };

    [Fact]
    public async Task A_task_of_every_kind_queued_through_the_API_completes_on_a_virtual_gateway()
    {
        await using var server = await AcsTestServer.StartAsync();
        var gateway = Devices.Gateway(server);
        Assert.True((await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var api = server.Api();
        var path = $"/api/v1/devices/{Segment(Devices.IdOf(gateway))}/tasks";

        var ids = new List<long>();
        foreach (var task in EveryKind)
        {
            using var created = await api.PostAsync(path, Body(task));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((await created.JsonAsync()).GetProperty("id").GetInt64());
        }

        for (var session = 0; session < 10 && (await OpenAsync(api, ids)) > 0; session++)
        {
            gateway.Events.Add(EventCodes.Periodic);
            await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        }

        foreach (var id in ids)
        {
            var task = await api.GetJsonAsync($"/api/v1/tasks/{id}");
            Assert.True(task.GetProperty("status").GetString() == "done", task.ToString());
        }

        var upload = await api.GetJsonAsync($"/api/v1/tasks/{ids[9]}");
        Assert.Equal("********", upload.GetProperty("arguments").GetProperty("password").GetString());
        var values = await api.GetJsonAsync($"/api/v1/tasks/{ids[2]}");
        Assert.Equal(JsonValueKind.Array, values.GetProperty("result").GetProperty("parameterValues").ValueKind);
    }

    [Fact]
    public async Task Connection_request_wait_returns_200_with_the_result_when_the_device_answers_in_time()
    {
        await using var server = await AcsTestServer.StartAsync(WakeCredentials);
        await using var listener = new Acs.Simulator.Http.ConnectionRequestListener();
        var phone = Devices.Phone(server, settings: DeviceWakeCredentials);
        listener.Register(phone);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var stop = new CancellationTokenSource();
        var runner = Task.Run(async () =>
        {
            await foreach (var device in listener.Accepted.ReadAllAsync(stop.Token))
            {
                await device.RunSessionAsync(server.DeviceUrl, stop.Token);
            }
        });

        using var response = await server.Api().PostAsync(
            $"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks?connectionRequest=true&timeout=30",
            Body("""{"name":"getParameterValues","parameterNames":["Device.DeviceInfo.SoftwareVersion"]}"""));

        var task = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, task.ToString());
        Assert.Equal("done", task.GetProperty("status").GetString());
        Assert.Equal("Device.DeviceInfo.SoftwareVersion", task.GetProperty("result").GetProperty("parameterValues")[0].GetProperty("name").GetString());
        await stop.CancelAsync();
        await runner.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    [Fact]
    public async Task Connection_request_wait_returns_202_when_the_device_is_reached_but_does_not_finish_in_time()
    {
        await using var server = await AcsTestServer.StartAsync(WakeCredentials);
        await using var listener = new Acs.Simulator.Http.ConnectionRequestListener();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var behaviour = new DeviceBehaviour();
        var phone = Devices.Phone(server, behaviour: behaviour, settings: DeviceWakeCredentials);
        listener.Register(phone);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        behaviour.BeforeAnswer = (_, ct) => release.Task.WaitAsync(ct);
        using var stop = new CancellationTokenSource();
        var session = Task.Run(async () =>
        {
            var device = await listener.Accepted.ReadAsync(stop.Token);
            return await device.RunSessionAsync(server.DeviceUrl, stop.Token);
        });

        using var response = await server.Api().PostAsync(
            $"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks?connectionRequest=true&timeout=1",
            Body("""{"name":"getRPCMethods"}"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var task = await response.JsonAsync();
        Assert.Contains(task.GetProperty("status").GetString(), new[] { "pending", "sent" });
        release.SetResult();
        Assert.True((await session).Completed);
    }

    [Fact]
    public async Task Connection_request_to_a_closed_port_returns_504_and_leaves_the_task_queued()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        phone.SetConnectionRequestUrl($"http://127.0.0.1:{port}/cr");
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var api = server.Api();

        using var response = await api.PostAsync(
            $"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks?connectionRequest=true&timeout=30",
            Body("""{"name":"getRPCMethods"}"""));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var problem = await response.JsonAsync();
        var task = await api.GetJsonAsync($"/api/v1/tasks/{problem.GetProperty("taskId").GetInt64()}");
        Assert.Equal("pending", task.GetProperty("status").GetString());
        var faults = await api.GetJsonAsync($"/api/v1/faults?source=devices&deviceId={Uri.EscapeDataString(Devices.IdOf(phone))}");
        Assert.Equal("connectionRequest.unreachable", faults.GetProperty("items")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("""{"name":"explode"}""", "name")]
    [InlineData("""{"parameterNames":["Device."]}""", "name")]
    [InlineData("""{"name":"getParameterValues","parameterNames":"Device."}""", "parameterNames")]
    [InlineData("""{"name":"getParameterValues"}""", "parameterNames")]
    [InlineData("""{"name":"scheduleInform","delaySeconds":"soon"}""", "delaySeconds")]
    [InlineData("""{"name":"reboot","expiry":"tomorrow"}""", "expiry")]
    [InlineData("""[1,2]""", "body")]
    public async Task A_bad_task_gives_400_naming_the_field_and_queues_nothing(string body, string field)
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var api = server.Api();

        using var response = await api.PostAsync($"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks", Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        var tasks = await api.GetJsonAsync($"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks");
        Assert.Equal(0, tasks.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_task_for_an_unknown_device_is_404()
    {
        await using var server = await AcsTestServer.StartAsync();

        using var response = await server.Api().PostAsync("/api/v1/devices/000000-NONE-X/tasks", Body("""{"name":"reboot"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cancel_is_409_once_finished_and_retry_requeues_a_cancelled_task()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var api = server.Api();
        using var created = await api.PostAsync($"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks", Body("""{"name":"getRPCMethods"}"""));
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();

        using var retryPending = await api.PostAsync($"/api/v1/tasks/{id}/retry", null);
        using var cancel = await api.DeleteAsync($"/api/v1/tasks/{id}");
        using var cancelAgain = await api.DeleteAsync($"/api/v1/tasks/{id}");
        using var retry = await api.PostAsync($"/api/v1/tasks/{id}/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, retryPending.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, cancelAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("pending", (await retry.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bulk_task_reaches_every_matching_device_and_its_batch_counts_them()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();
        var phones = Enumerable.Range(0, 3).Select(_ => Devices.Phone(server)).ToList();
        var gateway = Devices.Gateway(server);
        foreach (var device in phones.Append(gateway))
        {
            Assert.True((await device.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        }

        using var created = await api.PostAsync("/api/v1/tasks", Body("""
            {"filter":{"productClass":"CP-8851-3PCC"},"task":{"name":"getParameterValues","parameterNames":["Device.DeviceInfo.SoftwareVersion"]}}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bulk = await created.JsonAsync();
        Assert.Equal(3, bulk.GetProperty("queued").GetInt32());
        foreach (var phone in phones)
        {
            phone.Events.Add(EventCodes.Periodic);
            Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        }

        var batch = await api.GetJsonAsync($"/api/v1/batches/{bulk.GetProperty("batchId").GetString()}");
        Assert.Equal(3, batch.GetProperty("total").GetInt32());
        Assert.Equal(3, batch.GetProperty("counts").GetProperty("done").GetInt32());
        var gatewayTasks = await api.GetJsonAsync($"/api/v1/devices/{Segment(Devices.IdOf(gateway))}/tasks");
        Assert.Equal(0, gatewayTasks.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_faulted_task_is_listed_among_faults_by_its_CWMP_code()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var api = server.Api();
        using var created = await api.PostAsync($"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks",
            Body("""{"name":"upload","fileType":"2 Vendor Log File","url":"http://127.0.0.1:9/up"}"""));
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        phone.Events.Add(EventCodes.Periodic);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        var faults = await api.GetJsonAsync("/api/v1/faults?code=9000");
        var other = await api.GetJsonAsync("/api/v1/faults?code=9001");
        var faulted = await api.GetJsonAsync("/api/v1/tasks?status=faulted");

        Assert.Equal(id, faults.GetProperty("items")[0].GetProperty("taskId").GetInt64());
        Assert.Equal(0, other.GetProperty("items").GetArrayLength());
        Assert.Equal(9000u, faulted.GetProperty("items")[0].GetProperty("fault").GetProperty("code").GetUInt32());
    }

    private static async Task<int> OpenAsync(HttpClient api, List<long> ids)
    {
        var open = 0;
        foreach (var id in ids)
        {
            var status = (await api.GetJsonAsync($"/api/v1/tasks/{id}")).GetProperty("status").GetString();
            open += status is "pending" or "sent" or "inProgress" ? 1 : 0;
        }

        return open;
    }
}
