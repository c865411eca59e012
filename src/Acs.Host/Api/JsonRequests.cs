using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Acs.Host.Api;

/// <summary>
/// Checks every JSON body of the operator plane before an endpoint binds it, so no endpoint can forget:
/// JSON is UTF-8 (RFC 8259), so another declared charset is 415; and a string that is not Unicode text (a
/// lone surrogate escape such as "\ud800", invalid UTF-8 bytes) is 400 naming the member, where it would
/// otherwise throw deep inside whatever first reads that string.
/// </summary>
public static class JsonRequests
{
    public static IApplicationBuilder UseJsonRequestChecks(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || !CarriesJson(request))
        {
            await next(context);
            return;
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.HasValue
            && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !type.Charset.Equals("\"utf-8\"", StringComparison.OrdinalIgnoreCase))
        {
            await Results.Problem(
                detail: $"JSON bodies are UTF-8; charset {type.Charset} is not accepted.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = ["charset must be utf-8"] } })
                .ExecuteAsync(context);
            return;
        }

        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        request.Body.Position = 0;
        if (FirstInvalidString(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } field)
        {
            await Problems.Invalid(field, "is not valid Unicode text (a lone surrogate or an invalid byte)").ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    // A JSON content type, or none at all on a request with a body (some endpoints read the body raw).
    private static bool CarriesJson(HttpRequest request) =>
        request.HasJsonContentType() || (request.ContentType is null && request.ContentLength is not 0 && (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0));

    /// <summary>The path of the first string or member name that does not decode to valid text; null when all do or the JSON is malformed.</summary>
    public static string? FirstInvalidString(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!Decodes(ref reader, out var name))
                        {
                            frames[^1] = frames[^1] with { Name = null };
                            return Path(frames) is { Length: > 0 } owner ? owner : "body";
                        }

                        frames[^1] = frames[^1] with { Name = name };
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Step(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        Step(frames);
                        if (!Decodes(ref reader, out _))
                        {
                            return Path(frames) is { Length: > 0 } at ? at : "body";
                        }

                        break;
                    default:
                        Step(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is the endpoint's to report.
        }

        return null;
    }

    private static bool Decodes(ref Utf8JsonReader reader, out string? text)
    {
        try
        {
            text = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static void Step(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static string Path(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is not null)
            {
                path.Append(path.Length > 0 ? "." : "").Append(frame.Name);
            }
        }

        return path.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Name);
}
