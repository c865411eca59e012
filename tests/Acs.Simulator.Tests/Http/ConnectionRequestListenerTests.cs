using System.Net;
using Acs.Cwmp;
using Acs.Simulator.Http;
using Acs.Simulator.Tests.Device;

namespace Acs.Simulator.Tests.Http;

public class ConnectionRequestListenerTests
{
    private static HttpClient Client(string? username = null, string? password = null) =>
        new(new SocketsHttpHandler { Credentials = username is null ? null : new NetworkCredential(username, password) })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };

    [Fact]
    public async Task Registering_publishes_the_listener_URL_as_the_ConnectionRequestURL()
    {
        await using var listener = new ConnectionRequestListener();
        var device = Devices.Phone();

        var url = listener.Register(device);

        Assert.Equal(url.ToString(), device.Tree.GetValue("Device.ManagementServer.ConnectionRequestURL"));
        Assert.Equal("127.0.0.1", url.Host);
        Assert.StartsWith("/cr/", url.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_credentials_is_challenged_with_Digest()
    {
        await using var listener = new ConnectionRequestListener();
        var url = listener.Register(Devices.Phone());
        using var client = Client();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Digest", challenge.Scheme);
        var parsed = DigestChallenge.Parse(challenge.Parameter!)!;
        Assert.Equal(["auth"], parsed.Qop);
        Assert.Equal("MD5", parsed.Algorithm);
    }

    [Fact]
    public async Task Valid_Digest_credentials_get_200_and_ask_the_device_for_a_session()
    {
        await using var listener = new ConnectionRequestListener();
        var device = Devices.Phone();
        var url = listener.Register(device);
        using var client = Client("cr-user", "cr-pass");

        using var response = await client.GetAsync(url);
        var accepted = await listener.Accepted.ReadAsync();
        await device.WaitForSessionRequestAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Same(device, accepted);
        Assert.Contains(EventCodes.ConnectionRequest, Devices.Codes(device.CreateInform()));
    }

    [Fact]
    public async Task Wrong_credentials_get_401_and_no_session()
    {
        await using var listener = new ConnectionRequestListener();
        var device = Devices.Phone();
        var url = listener.Register(device);
        using var client = Client("cr-user", "wrong");

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(listener.Accepted.TryRead(out _));
        Assert.DoesNotContain(EventCodes.ConnectionRequest, Devices.Codes(device.CreateInform()));
    }

    [Fact]
    public async Task Credentials_the_ACS_wrote_into_the_device_are_the_ones_checked()
    {
        await using var listener = new ConnectionRequestListener();
        var device = Devices.Gateway();
        var url = listener.Register(device);
        device.Handle(new SetParameterValues(
            [new("Device.ManagementServer.ConnectionRequestUsername", "new-user"), new("Device.ManagementServer.ConnectionRequestPassword", "new-pass")],
            "cr"));
        using var oldClient = Client("cr-user", "cr-pass");
        using var newClient = Client("new-user", "new-pass");

        using var rejected = await oldClient.GetAsync(url);
        using var accepted = await newClient.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_is_404_and_a_POST_is_405()
    {
        await using var listener = new ConnectionRequestListener();
        var url = listener.Register(Devices.Phone());
        using var client = Client();

        using var unknown = await client.GetAsync(new Uri(listener.BaseUri, "/cr/none"));
        using var post = await client.PostAsync(url, new StringContent(""));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task One_listener_serves_many_devices_each_at_its_own_path()
    {
        await using var listener = new ConnectionRequestListener();
        var first = Devices.Phone();
        var second = Devices.Gateway();
        listener.Register(first);
        var secondUrl = listener.Register(second);
        using var client = Client("cr-user", "cr-pass");

        using var response = await client.GetAsync(secondUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Same(second, await listener.Accepted.ReadAsync());
        Assert.DoesNotContain(EventCodes.ConnectionRequest, Devices.Codes(first.CreateInform()));
    }
}
