using System.Net;
using System.Net.Http.Headers;
using Acs.Cwmp;

namespace Acs.Host.Tests.Infrastructure;

/// <summary>
/// A device that posts exact bytes, for what the simulator cannot produce: hand-built envelopes, invalid
/// characters, cut-off compressed bodies. It keeps the session cookie and one connection, as a CPE does.
/// </summary>
public sealed class RawCpe(Uri acsUrl) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1 }) { BaseAddress = acsUrl };
    private string? cookie;

    public static Inform Inform(string serial, IReadOnlyList<ParameterValueStruct>? parameters = null, string oui = "00AABB", string productClass = "RAW") =>
        new(new DeviceIdStruct("Raw Devices", oui, productClass, serial), [new EventStruct(EventCodes.Periodic, "")], 1, null, 0, parameters ?? []);

    public static byte[] Envelope(CwmpMessage message, string? id = "raw-1") =>
        CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp12, new CwmpHeader { Id = id }, message));

    public Task<RawReply> PostAsync(CwmpMessage message, string? id = "raw-1") => PostAsync(Envelope(message, id));

    /// <summary>A periodic Inform, then the empty POST: returns the answer to that, the first RPC or 204.</summary>
    public async Task<RawReply> OpenAsync(string serial)
    {
        (await PostAsync(Inform(serial))).Message<InformResponse>();
        return await PostAsync((byte[]?)null);
    }

    public async Task<RawReply> PostAsync(byte[]? body, string? contentType = "text/xml; charset=\"utf-8\"", string? contentEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "") { Content = new ByteArrayContent(body ?? []) };
        if (body is { Length: > 0 } && contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (contentEncoding is not null)
        {
            request.Content.Headers.ContentEncoding.Add(contentEncoding);
        }

        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        using var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            cookie = values.First().Split(';', 2)[0];
        }

        var bytes = await response.Content.ReadAsByteArrayAsync();
        var envelope = bytes.Length > 0 && response.Content.Headers.ContentType?.MediaType == "text/xml" ? CwmpReader.Read(bytes).Envelope : null;
        return new RawReply(response.StatusCode, bytes, envelope, response.Content.Headers.ContentType);
    }

    public void Dispose() => http.Dispose();
}

public sealed record RawReply(HttpStatusCode Status, byte[] Bytes, CwmpEnvelope? Envelope, MediaTypeHeaderValue? ContentType)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    public T Message<T>() where T : CwmpMessage
    {
        Assert.True(Envelope is not null, $"{(int)Status}: {Text}");
        return Assert.IsType<T>(Envelope.Body);
    }
}
