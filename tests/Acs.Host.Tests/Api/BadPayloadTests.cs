using System.Net;
using Acs.Host.Tests.Infrastructure;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Api;

/// <summary>Malformed or ill-typed bodies on every JSON endpoint are 400 problem details, never 500.</summary>
public sealed class BadPayloadTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "/api/v1/keys", "{\"name\":" },
        { "/api/v1/keys", """{"name":5,"role":"viewer"}""" },
        { "/api/v1/webhooks", "not json" },
        { "/api/v1/webhooks", """{"url":["http://x"]}""" },
        { "/api/v1/tasks", "{" },
        { "/api/v1/tasks", """{"filter":{"oui":7},"task":{"name":"reboot"}}""" },
        { "/api/v1/tasks", """{"filter":{},"task":{"name":"setParameterValues","parameterValues":[{"name":1}]}}""" },
        { "/api/v1/tasks", """{"filter":{"lastInformAfter":"soon"},"task":{"name":"reboot"}}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_body_is_a_400_problem(string path, string body)
    {
        await using var server = await AcsTestServer.StartAsync();

        using var response = await server.Api().PostAsync(path, Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
