using System.Text.Json;

namespace Acs.Host.Api;

/// <summary>Reads a request body as JSON by hand, so malformed JSON is a 400 naming the body rather than a binding failure.</summary>
public static class JsonBody
{
    public static async Task<(JsonElement Body, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 32 }, ct);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (default, Problems.Invalid("body", "is not valid JSON: " + e.Message));
        }
    }
}
