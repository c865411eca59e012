using System.Net;
using Acs.Cwmp;
using Acs.Simulator.Device;
using Acs.Simulator.Http;
using Acs.Simulator.Tests.Device;

namespace Acs.Simulator.Tests.Http;

public class CwmpClientTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_bootstrap_session_answers_a_Digest_challenge_and_runs_until_204()
    {
        await using var acs = new FakeAcs { AuthScheme = "Digest" };
        acs.Enqueue(new GetParameterValues(["Device.ManagementServer.PeriodicInformInterval"]));
        var device = Devices.Gateway();

        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.True(result.Completed, result.Error);
        Assert.Equal([401, 200, 200, 204], result.HttpStatuses);
        Assert.Equal(["GetParameterValues"], result.RpcsReceived);
        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot], result.EventsSent.Select(e => e.EventCode));
        Assert.Equal("Digest", result.AuthenticationScheme);
        Assert.Equal("session=f00d", result.Cookie);
        var answer = Assert.IsType<GetParameterValuesResponse>(acs.Received.Last());
        Assert.Equal("3600", answer.ParameterList[0].Value);
        Assert.DoesNotContain(EventCodes.Bootstrap, Devices.Codes(device.CreateInform()));
    }

    [Fact]
    public async Task Posts_carry_the_headers_CWMP_expects()
    {
        await using var acs = new FakeAcs();
        acs.Enqueue(new GetRPCMethods());

        await Devices.Gateway().RunSessionAsync(acs.Url, None);

        var posts = acs.Posts.ToArray();
        Assert.Equal(3, posts.Length);
        var (inform, empty, response) = (posts[0], posts[1], posts[2]);
        Assert.Equal("text/xml; charset=\"utf-8\"", inform.ContentType);
        Assert.Equal($"\"{CwmpNamespaces.Cwmp12}#Inform\"", inform.SoapAction);
        Assert.Null(inform.Cookie);
        Assert.Equal(0, empty.BodyLength);
        Assert.Null(empty.SoapAction);
        Assert.Null(empty.ContentType);
        Assert.Equal("session=f00d", empty.Cookie);
        Assert.Equal("", response.SoapAction);
        Assert.Equal("acs-1", response.Envelope!.Header.Id);
        Assert.IsType<GetRPCMethodsResponse>(response.Envelope.Body);
    }

    [Fact]
    public async Task Basic_authentication_is_answered_when_the_ACS_asks_for_it()
    {
        await using var acs = new FakeAcs { AuthScheme = "Basic" };

        var result = await Devices.Gateway().RunSessionAsync(acs.Url, None);

        Assert.True(result.Completed, result.Error);
        Assert.Equal("Basic", result.AuthenticationScheme);
        Assert.Equal(DigestComputation.Basic("0011AA-VGW-1-GW0001", "secret"), acs.Posts.Last().Authorization);
    }

    [Fact]
    public async Task Wrong_credentials_fail_the_session_and_keep_the_events_for_the_retry()
    {
        await using var acs = new FakeAcs { AuthScheme = "Digest", Password = "not-the-device-password" };
        var device = Devices.Gateway();

        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.False(result.Completed);
        Assert.Equal([401, 401], result.HttpStatuses);
        Assert.Equal(1u, device.RetryCount);
        var retry = device.CreateInform();
        Assert.Equal([EventCodes.Bootstrap, EventCodes.Boot], Devices.Codes(retry));
        Assert.Equal(1u, retry.RetryCount);
    }

    [Fact]
    public async Task A_503_is_recorded_with_its_Retry_After_and_does_not_throw()
    {
        await using var acs = new FakeAcs { RefuseWithRetryAfter = 60 };
        var device = Devices.Gateway();

        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.False(result.Completed);
        Assert.True(result.Refused);
        Assert.Equal(TimeSpan.FromSeconds(60), result.RetryAfter);
        Assert.Equal([503], result.HttpStatuses);
        Assert.Equal(1u, device.RetryCount);
    }

    [Fact]
    public async Task A_device_told_not_to_return_the_cookie_never_sends_it()
    {
        await using var acs = new FakeAcs();
        acs.Enqueue(new GetRPCMethods());
        var device = Devices.Gateway(behaviour: new DeviceBehaviour { ReturnCookie = false });

        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.True(result.Completed, result.Error);
        Assert.Equal("session=f00d", result.Cookie);
        Assert.All(acs.Posts, p => Assert.Null(p.Cookie));
    }

    [Fact]
    public async Task Dropping_the_connection_on_an_ACS_request_leaves_it_unanswered_and_undone()
    {
        await using var acs = new FakeAcs();
        acs.Enqueue(new Reboot("never"));
        var device = Devices.Gateway(behaviour: new DeviceBehaviour { DropConnectionOnAcsRequest = 1 });

        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.False(result.Completed);
        Assert.Equal(["Reboot"], result.RpcsReceived);
        Assert.Equal(2, acs.Posts.Count);
        Assert.Equal(1, device.BootCount);
    }

    [Fact]
    public async Task Gzip_request_bodies_are_read_by_the_ACS()
    {
        await using var acs = new FakeAcs();
        var device = Devices.Gateway(behaviour: new DeviceBehaviour { GzipRequests = true });

        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.True(result.Completed, result.Error);
        var inform = acs.Posts.First();
        Assert.Equal("gzip", inform.ContentEncoding);
        Assert.IsType<Inform>(inform.Envelope!.Body);
    }

    [Fact]
    public async Task A_CWMP_1_4_device_offers_its_versions_and_follows_the_one_the_ACS_picks()
    {
        await using var acs = new FakeAcs { UseCwmpVersion = "1.4" };
        acs.Enqueue(new GetRPCMethods());
        var device = Devices.Gateway(behaviour: DeviceBehaviour.ForCwmpVersion("1.4"));

        var result = await device.RunSessionAsync(acs.Url, None);

        var inform = acs.Posts.First().Envelope!;
        Assert.Equal(["1.0", "1.1", "1.2", "1.3", "1.4"], inform.Header.SupportedCwmpVersions);
        Assert.Equal(CwmpNamespaces.Cwmp12, result.CwmpNamespace);
        Assert.Equal(CwmpNamespaces.Cwmp12, acs.Posts.Last().Envelope!.CwmpNamespace);
    }

    [Fact]
    public async Task A_CWMP_1_0_device_speaks_the_1_0_namespace_throughout()
    {
        await using var acs = new FakeAcs();
        acs.Enqueue(new GetRPCMethods());
        var device = Devices.Phone(behaviour: DeviceBehaviour.ForCwmpVersion("1.0"));

        await device.RunSessionAsync(acs.Url, None);

        Assert.All(acs.Posts.Where(p => p.Envelope is not null), p => Assert.Equal(CwmpNamespaces.Cwmp10, p.Envelope!.CwmpNamespace));
        Assert.Null(acs.Posts.First().Envelope!.Header.SupportedCwmpVersions);
    }

    [Fact]
    public async Task A_device_can_ask_the_ACS_for_its_methods_before_the_empty_post()
    {
        await using var acs = new FakeAcs();
        var device = Devices.Gateway(behaviour: new DeviceBehaviour { SendGetRpcMethods = true });

        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.True(result.Completed, result.Error);
        Assert.Equal(["Inform", "GetRPCMethods"], acs.Received.Select(m => m.MethodName));
        Assert.Equal("\"" + CwmpNamespaces.Cwmp12 + "#GetRPCMethods\"", acs.Posts.ElementAt(1).SoapAction);
    }

    [Fact]
    public async Task A_fetched_firmware_download_is_reported_by_TransferComplete_in_the_next_session()
    {
        await using var acs = new FakeAcs();
        var device = Devices.Phone(behaviour: new DeviceBehaviour { FetchFiles = true });
        acs.Enqueue(new Download("fw-2", "1 Firmware Upgrade Image", acs.FileUrl("cp-2.0.0.bin").ToString(), "", "", 1234, "", 0, "", ""));

        var first = await device.RunSessionAsync(acs.Url, None);
        var second = await device.RunSessionAsync(acs.Url, None);

        Assert.True(first.Completed, first.Error);
        Assert.Equal(["GET /files/cp-2.0.0.bin"], acs.FileRequests);
        Assert.True(second.Completed, second.Error);
        Assert.Contains(new EventStruct(EventCodes.MDownload, "fw-2"), second.EventsSent);
        Assert.Contains(EventCodes.Boot, second.EventsSent.Select(e => e.EventCode));
        var transfer = acs.Received.OfType<TransferComplete>().Single();
        Assert.Equal("fw-2", transfer.CommandKey);
        Assert.Equal(0u, transfer.FaultStruct.FaultCode);
        Assert.Equal("cp-2.0.0", device.Tree.GetValue("Device.DeviceInfo.SoftwareVersion"));
        Assert.Empty(device.PendingTransfers);
    }

    [Fact]
    public async Task A_download_from_a_missing_file_reports_its_fault()
    {
        await using var acs = new FakeAcs();
        var device = Devices.Phone(behaviour: new DeviceBehaviour { FetchFiles = true });
        acs.Enqueue(new Download("fw-3", "1 Firmware Upgrade Image", "http://127.0.0.1:1/nothing.bin", "", "", 0, "", 0, "", ""));

        await device.RunSessionAsync(acs.Url, None);
        await device.RunSessionAsync(acs.Url, None);

        Assert.Equal(9015u, acs.Received.OfType<TransferComplete>().Single().FaultStruct.FaultCode);
        Assert.Equal("1.0.0", device.Tree.GetValue("Device.DeviceInfo.SoftwareVersion"));
    }

    [Fact]
    public async Task A_slow_answer_waits_for_the_hook_before_posting()
    {
        await using var acs = new FakeAcs();
        acs.Enqueue(new GetRPCMethods());
        var release = new TaskCompletionSource();
        var reached = new TaskCompletionSource<CwmpMessage>();
        var device = Devices.Gateway(behaviour: new DeviceBehaviour
        {
            BeforeAnswer = async (request, token) =>
            {
                reached.TrySetResult(request);
                await release.Task.WaitAsync(token);
            },
        });

        var session = device.RunSessionAsync(acs.Url, None);
        var held = await reached.Task;
        var postsWhileHeld = acs.Posts.Count;
        release.SetResult();
        var result = await session;

        Assert.IsType<GetRPCMethods>(held);
        Assert.Equal(2, postsWhileHeld);
        Assert.True(result.Completed, result.Error);
        Assert.Equal(3, acs.Posts.Count);
    }

    [Fact]
    public async Task A_connection_request_leads_to_a_session_with_CONNECTION_REQUEST()
    {
        await using var acs = new FakeAcs();
        await using var listener = new ConnectionRequestListener();
        var device = Devices.Gateway();
        var url = listener.Register(device);
        await device.RunSessionAsync(acs.Url, None);
        using var client = new HttpClient(new SocketsHttpHandler { Credentials = new NetworkCredential("cr-user", "cr-pass") });

        using var poke = await client.GetAsync(url);
        await device.WaitForSessionRequestAsync(None);
        var result = await device.RunSessionAsync(acs.Url, None);

        Assert.Equal(HttpStatusCode.OK, poke.StatusCode);
        Assert.Equal([new EventStruct(EventCodes.ConnectionRequest, "")], result.EventsSent);
        Assert.Contains(acs.Received.OfType<Inform>().Last().ParameterList,
            p => p.Name == "Device.ManagementServer.ConnectionRequestURL" && p.Value == url.ToString());
    }
}
