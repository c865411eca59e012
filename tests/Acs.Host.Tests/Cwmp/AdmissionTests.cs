using System.Net;
using System.Text;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.DataModel;
using Acs.Simulator.Device;

namespace Acs.Host.Tests.Cwmp;

/// <summary>Device authentication, the allow-list, and the session limit.</summary>
public sealed class AdmissionTests
{
    [Theory]
    [InlineData("Basic")]
    [InlineData("Digest")]
    public async Task Device_with_the_shared_credentials_is_admitted_after_the_challenge(string mode)
    {
        await using var server = await AcsTestServer.StartAsync(Shared(mode));
        var phone = Devices.Phone(server, settings: new DeviceSettings { Username = "cpe", Password = "s3cret" });

        var session = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(session.Completed, session.ToString());
        Assert.Equal(mode, session.AuthenticationScheme);
        Assert.Equal(401, session.HttpStatuses[0]);
        Assert.NotNull(await server.Devices.GetAsync(Devices.IdOf(phone)));
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Digest")]
    public async Task Wrong_password_is_refused_and_registers_nothing(string mode)
    {
        await using var server = await AcsTestServer.StartAsync(Shared(mode));
        var phone = Devices.Phone(server, settings: new DeviceSettings { Username = "cpe", Password = "wrong" });

        var session = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.False(session.Completed);
        Assert.All(session.HttpStatuses, s => Assert.Equal(401, s));
        Assert.Null(await server.Devices.GetAsync(Devices.IdOf(phone)));
    }

    [Fact]
    public async Task Per_device_credentials_admit_only_the_device_they_belong_to()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:DeviceAuth:Mode"] = "Digest" });
        var phone = Devices.Phone(server, settings: new DeviceSettings { Username = "phone-1", Password = "p1" });
        await server.Devices.ProvisionAsync(phone.DeviceId.OUI, phone.DeviceId.ProductClass, phone.DeviceId.SerialNumber, "phone-1", "p1");
        var impostor = Devices.Phone(server, settings: new DeviceSettings { Username = "phone-1", Password = "p1" });

        var good = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        var bad = await impostor.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(good.Completed, good.ToString());
        Assert.False(bad.Completed);
        Assert.Null(await server.Devices.GetAsync(Devices.IdOf(impostor)));
    }

    [Fact]
    public async Task Allow_list_refuses_unknown_devices_with_fault_8001_and_admits_provisioned_ones()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:DeviceAuth:Admission"] = "AllowList" });
        var known = Devices.Gateway(server);
        await server.Devices.ProvisionAsync(known.DeviceId.OUI, known.DeviceId.ProductClass, known.DeviceId.SerialNumber);
        var stranger = Devices.Gateway(server);

        var refused = await stranger.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        var admitted = await known.RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.False(refused.Completed);
        Assert.Contains(refused.FaultsReceived, f => f.FaultCode == FaultCodes.RequestDenied);
        Assert.Null(await server.Devices.GetAsync(Devices.IdOf(stranger)));
        Assert.True(admitted.Completed, admitted.ToString());
        Assert.True((await server.Devices.GetAsync(Devices.IdOf(known)))!.HasInformed);
    }

    [Fact]
    public async Task Informs_beyond_the_session_limit_get_503_and_the_session_under_way_finishes()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:MaxConcurrentSessions"] = "1", ["Acs:RetryAfterSeconds"] = "120" });
        var behaviour = new DeviceBehaviour();
        var busy = await LifecycleTests.RegisteredPhoneAsync(server, behaviour);
        await server.Tasks.QueueAsync(Devices.IdOf(busy), TaskKind.GetRPCMethods);
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        behaviour.BeforeAnswer = async (_, ct) =>
        {
            held.TrySetResult();
            await release.Task.WaitAsync(ct);
        };
        busy.Events.Add(EventCodes.Periodic);
        var underWay = busy.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        await held.Task;

        var latecomer = await Devices.Phone(server).RunSessionAsync(server.DeviceUrl, CancellationToken.None);

        Assert.True(latecomer.Refused);
        Assert.Equal(TimeSpan.FromSeconds(120), latecomer.RetryAfter);
        release.SetResult();
        var finished = await underWay;
        Assert.True(finished.Completed, finished.ToString());
        Assert.Equal(["GetRPCMethods"], finished.RpcsReceived);
    }

    [Fact]
    public async Task Malformed_truncated_and_DTD_bodies_get_400_and_never_a_server_error()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.DeviceUrl };
        var valid = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp10, new CwmpHeader { Id = "1" },
            new Inform(new DeviceIdStruct("Acme", "00AABB", "Box", "S1"), [new EventStruct(EventCodes.Bootstrap, "")], 1, null, 0, [])));
        string[] bodies =
        [
            "not xml at all",
            Encoding.UTF8.GetString(valid, 0, valid.Length / 2),
            "<root/>",
            """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>""",
            """<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/"><soap-env:Header/></soap-env:Envelope>""",
        ];

        foreach (var body in bodies)
        {
            using var response = await http.PostAsync("/", new StringContent(body, Encoding.UTF8, "text/xml"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Inform_missing_its_device_id_gets_ACS_fault_8003()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.DeviceUrl };
        const string body = """<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-2"><soap:Body><cwmp:Inform><MaxEnvelopes>1</MaxEnvelopes></cwmp:Inform></soap:Body></soap:Envelope>""";

        using var response = await http.PostAsync("/acs", new StringContent(body, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = CwmpReader.Read(await response.Content.ReadAsByteArrayAsync());
        var fault = Assert.IsType<CwmpFault>(read.Envelope!.Body);
        Assert.Equal(FaultCodes.InvalidArguments, fault.FaultCode);
        Assert.Equal(CwmpNamespaces.Cwmp12, read.Envelope.CwmpNamespace);
    }

    [Fact]
    public async Task Oversized_body_gets_413_with_or_without_a_content_length()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:MaxBodyBytes"] = "2048" });
        using var http = new HttpClient { BaseAddress = server.DeviceUrl };
        var big = new string('x', 10_000);

        using var declared = await http.PostAsync("/", new StringContent(big, Encoding.UTF8, "text/xml"));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
    }

    [Fact]
    public async Task A_response_without_a_session_is_refused_and_an_empty_post_is_ended()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.DeviceUrl };
        var stray = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp12, new CwmpHeader { Id = "9" }, new RebootResponse()));

        using var response = await http.PostAsync("/", new ByteArrayContent(stray));
        using var empty = await http.PostAsync("/", new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
    }

    private static Dictionary<string, string?> Shared(string mode) => new()
    {
        ["Acs:DeviceAuth:Mode"] = mode,
        ["Acs:DeviceAuth:Username"] = "cpe",
        ["Acs:DeviceAuth:Password"] = "s3cret",
    };
}
