using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Acs.Host.Tests.Api;

/// <summary>Small JSON conveniences for talking to the REST API in tests.</summary>
public static class ApiJson
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>A device id as one path segment: percent-encoded once more, as the API documents.</summary>
    public static string Segment(string deviceId) => Uri.EscapeDataString(deviceId);
}
