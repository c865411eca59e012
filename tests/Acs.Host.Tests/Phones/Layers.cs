using System.Net;
using System.Net.Http.Json;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Phones;

public static class Layers
{
    public static async Task PutAsync(AcsTestServer server, string layer, object body)
    {
        using var response = await server.Api().PutAsJsonAsync($"/api/v1/profiles/{layer}", body);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    // Kept verbatim so that a path such as "//8851-3PCC.xml" reaches the server as a phone sends it.
    public static Uri Url(AcsTestServer server, string path) => new(server.DeviceUrl.ToString().TrimEnd('/') + path);

    // Parameter names are case-sensitive; a dictionary keeps them from the serializer's camelCase naming.
    public static Dictionary<string, object> Parameters(params (string Name, object Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
