using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Api;

public sealed class KeysApiTests
{
    [Fact]
    public async Task Requests_without_a_valid_key_get_401_problem_details()
    {
        await using var server = await AcsTestServer.StartAsync();

        using var none = await server.Api(key: null).GetAsync("/api/v1/keys");
        using var wrong = await server.Api("acs_not-a-key").GetAsync("/api/v1/keys");
        using var health = await server.Api(key: null).GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Admin_creates_a_key_whose_secret_works_once_shown_and_is_never_listed()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var admin = server.Api();

        using var created = await admin.PostAsJsonAsync("/api/v1/keys", new { name = "billing", role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("secret").GetString()!;

        using var viewer = server.Api(secret);
        using var forbidden = await viewer.GetAsync("/api/v1/keys");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var list = await admin.GetStringAsync("/api/v1/keys");
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Contains("billing", list, StringComparison.Ordinal);

        using var revoked = await admin.DeleteAsync($"/api/v1/keys/{body.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var afterRevoke = await viewer.GetAsync("/api/v1/keys");
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task A_key_with_an_unknown_role_is_refused_with_the_field_named()
    {
        await using var server = await AcsTestServer.StartAsync();

        using var response = await server.Api().PostAsJsonAsync("/api/v1/keys", new { name = "x", role = "root" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
    }

    [Fact]
    public async Task Operator_routes_are_not_served_on_the_device_plane()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.DeviceUrl };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AcsTestServer.AdminKey);

        using var response = await client.GetAsync("/api/v1/keys");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
