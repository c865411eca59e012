using System.Net;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Cwmp;

/// <summary>The session cookie as sloppy CPEs return it, each time on a new connection so only the cookie can tie the POSTs.</summary>
public sealed class CookieTests
{
    [Theory]
    [InlineData("{0}")]
    [InlineData("{0}; Path=/; HttpOnly")]
    [InlineData("other=1, {0}")]
    [InlineData("$Version=0; acs_session=\"{1}\"; $Path=/")]
    public async Task A_returned_cookie_with_extra_attributes_or_quotes_keeps_the_session(string format)
    {
        await using var server = await AcsTestServer.StartAsync();
        var inform = new Inform(new DeviceIdStruct("Acme", "00AABB", "Box", "C" + Guid.NewGuid().ToString("N")[..8]),
            [new EventStruct(EventCodes.Bootstrap, "")], 1, null, 0, []);
        var id = Acs.Core.Devices.DeviceIdentity.From(inform.DeviceId);

        string setCookie;
        using (var first = NewClient(server))
        {
            using var informed = await first.PostAsync("/", Envelope(inform));
            Assert.Equal(HttpStatusCode.OK, informed.StatusCode);
            setCookie = informed.Headers.GetValues("Set-Cookie").Single();
        }

        // A second session from the same address makes the address fallback ambiguous: only the cookie can match.
        using (var other = NewClient(server))
        {
            var bystander = inform with { DeviceId = inform.DeviceId with { SerialNumber = "B" + inform.DeviceId.SerialNumber } };
            Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/", Envelope(bystander))).StatusCode);
        }

        await server.Tasks.QueueAsync(id, TaskKind.GetRPCMethods);
        using (var stranger = NewClient(server))
        {
            using var unknown = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent([]) };
            unknown.Headers.TryAddWithoutValidation("Cookie", "acs_session=0000");
            Assert.Equal(HttpStatusCode.NoContent, (await stranger.SendAsync(unknown)).StatusCode);
        }

        var pair = setCookie.Split(';')[0];
        var cookie = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, pair, pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);

        using var second = NewClient(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent([]) };
        request.Headers.TryAddWithoutValidation("Cookie", cookie);
        using var answer = await second.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var rpc = CwmpReader.Read(await answer.Content.ReadAsByteArrayAsync());
        Assert.IsType<GetRPCMethods>(rpc.Envelope!.Body);
        Assert.NotNull(answer.Content.Headers.ContentLength);
    }

    private static HttpClient NewClient(AcsTestServer server) =>
        new(new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = TimeSpan.Zero }) { BaseAddress = server.DeviceUrl };

    private static ByteArrayContent Envelope(CwmpMessage body) =>
        new(CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp12, new CwmpHeader { Id = "1" }, body)));
}
