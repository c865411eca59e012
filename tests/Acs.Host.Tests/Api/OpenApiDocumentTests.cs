using System.Net;
using System.Text.Json.Nodes;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Api;

/// <summary>
/// The served OpenAPI document must equal the committed schemas/openapi/v1.json. After an intended API
/// change, regenerate the file with: ACS_UPDATE_OPENAPI=1 dotnet test tests/Acs.Host.Tests --filter OpenApiDocumentTests
/// </summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_served_OpenAPI_document_matches_the_committed_one()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var response = await server.Api(key: null).GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = await response.Content.ReadAsStringAsync();
        var committedPath = Path.Combine(RepositoryRoot(), "schemas", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable("ACS_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committedPath)!);
            await File.WriteAllTextAsync(committedPath, JsonNode.Parse(served)!.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        Assert.True(File.Exists(committedPath), "schemas/openapi/v1.json is missing; run the tests with ACS_UPDATE_OPENAPI=1");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath));
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(served), committed),
            "The API changed but schemas/openapi/v1.json did not; regenerate it with ACS_UPDATE_OPENAPI=1 and review the diff.");
        Assert.Contains("/api/v1/devices/{id}/tasks", served, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_page_is_open_on_the_operator_plane_only()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var device = new HttpClient { BaseAddress = server.DeviceUrl };

        using var page = await server.Api(key: null).GetAsync("/scalar/v1");
        using var onDevicePlane = await device.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, onDevicePlane.StatusCode);
    }

    private static string RepositoryRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "Acs.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("the tests run outside the repository");
        }

        return directory;
    }
}
