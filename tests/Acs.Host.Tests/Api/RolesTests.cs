using System.Net;
using Acs.Host.Tests.Infrastructure;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Api;

/// <summary>Every endpoint against every role: refused exactly what the role may not do.</summary>
public sealed class RolesTests
{
    private enum Needs
    {
        Viewer,
        Operator,
        Admin,
    }

    private static readonly (HttpMethod Method, string Path, Needs Role)[] Endpoints =
    [
        (HttpMethod.Get, "/api/v1/devices", Needs.Viewer),
        (HttpMethod.Get, "/api/v1/devices/X", Needs.Viewer),
        (HttpMethod.Delete, "/api/v1/devices/X", Needs.Operator),
        (HttpMethod.Get, "/api/v1/devices/X/parameters", Needs.Viewer),
        (HttpMethod.Get, "/api/v1/devices/X/events", Needs.Viewer),
        (HttpMethod.Put, "/api/v1/devices/X/tags/t", Needs.Operator),
        (HttpMethod.Delete, "/api/v1/devices/X/tags/t", Needs.Operator),
        (HttpMethod.Get, "/api/v1/devices/X/tasks", Needs.Viewer),
        (HttpMethod.Post, "/api/v1/devices/X/tasks", Needs.Operator),
        (HttpMethod.Post, "/api/v1/tasks", Needs.Operator),
        (HttpMethod.Get, "/api/v1/tasks", Needs.Viewer),
        (HttpMethod.Get, "/api/v1/tasks/1", Needs.Viewer),
        (HttpMethod.Delete, "/api/v1/tasks/1", Needs.Operator),
        (HttpMethod.Post, "/api/v1/tasks/1/retry", Needs.Operator),
        (HttpMethod.Get, "/api/v1/batches/b", Needs.Viewer),
        (HttpMethod.Get, "/api/v1/faults", Needs.Viewer),
        (HttpMethod.Get, "/api/v1/files", Needs.Viewer),
        (HttpMethod.Get, "/api/v1/files/f", Needs.Viewer),
        (HttpMethod.Post, "/api/v1/files", Needs.Operator),
        (HttpMethod.Delete, "/api/v1/files/f", Needs.Operator),
        (HttpMethod.Get, "/api/v1/webhooks", Needs.Admin),
        (HttpMethod.Post, "/api/v1/webhooks", Needs.Admin),
        (HttpMethod.Delete, "/api/v1/webhooks/w", Needs.Admin),
        (HttpMethod.Get, "/api/v1/webhooks/w/deliveries", Needs.Admin),
        (HttpMethod.Get, "/api/v1/keys", Needs.Admin),
        (HttpMethod.Post, "/api/v1/keys", Needs.Admin),
    ];

    [Fact]
    public async Task Each_role_is_refused_what_it_may_not_do_and_no_key_gets_401_everywhere()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var admin = server.Api();
        var keys = new Dictionary<Needs, string> { [Needs.Admin] = AcsTestServer.AdminKey };
        foreach (var role in new[] { Needs.Viewer, Needs.Operator })
        {
            using var created = await admin.PostAsync("/api/v1/keys", Body($$"""{"name":"{{role}}","role":"{{role}}"}"""));
            keys[role] = (await created.JsonAsync()).GetProperty("secret").GetString()!;
        }

        var wrong = new List<string>();
        foreach (var (method, path, needs) in Endpoints)
        {
            var anonymous = await SendAsync(server.Api(key: null), method, path);
            if (anonymous != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{method} {path} without key: {anonymous}");
            }

            foreach (var (role, key) in keys)
            {
                var status = await SendAsync(server.Api(key), method, path);
                var allowed = role >= needs;
                var refused = status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                if (allowed == refused || status == HttpStatusCode.InternalServerError)
                {
                    wrong.Add($"{method} {path} as {role}: {status}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string path)
    {
        using var _ = client;
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post || method == HttpMethod.Put)
        {
            request.Content = Body("{}");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
