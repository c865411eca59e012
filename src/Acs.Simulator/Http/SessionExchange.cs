using System.IO.Compression;
using System.Net;
using Acs.Cwmp;
using Acs.Simulator.Device;

namespace Acs.Simulator.Http;

/// <summary>
/// The HTTP round trips of one session: serialises envelopes with the headers CWMP expects, keeps the
/// cookie, answers authentication challenges, follows redirects of the Inform, and reads the ACS's answer.
/// </summary>
public sealed class SessionExchange(HttpClient http, Uri acsUrl, VirtualDevice device, SessionResult result)
{
    private const int MaxRedirects = 5;
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
    private Uri url = acsUrl;
    private bool informAnswered;

    public HttpClient Http { get; } = http;

    public AcsAuthenticator Authenticator { get; } = new(device.Username, device.Password);

    /// <summary>POSTs an envelope (null: the empty POST) and returns the status with the envelope answered, if any.</summary>
    public async Task<(HttpStatusCode Status, CwmpEnvelope? Answer)> PostAsync(CwmpEnvelope? envelope, bool isRequest,
        CancellationToken cancellationToken)
    {
        var body = envelope is null ? null
            : Encode(envelope.Body is CwmpFault ? FaultShapes.Apply(CwmpWriter.Write(envelope), device.Behaviour.FaultShape) : CwmpWriter.Write(envelope));
        for (int attempt = 0, redirects = 0; ; attempt++)
        {
            using var request = Build(body, envelope, isRequest);
            using var response = await Http.SendAsync(request, cancellationToken);
            result.HttpStatuses.Add((int)response.StatusCode);
            KeepCookies(response);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt < 2
                && Authenticator.Accept(response.Headers.WwwAuthenticate.Select(h => h.ToString())))
            {
                continue;
            }

            if (!informAnswered && IsRedirect(response.StatusCode) && response.Headers.Location is { } location && redirects++ < MaxRedirects)
            {
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                result.RetryAfter = response.Headers.RetryAfter?.Delta
                    ?? (response.Headers.RetryAfter?.Date is { } date ? date - device.Time.GetUtcNow() : null);
            }

            informAnswered = true;
            return (response.StatusCode, await ReadAsync(response, cancellationToken));
        }
    }

    private HttpRequestMessage Build(byte[]? body, CwmpEnvelope? envelope, bool isRequest)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body ?? []) };
        if (envelope is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=\"utf-8\"");
            // Requests name their method; responses and faults carry the header with no value.
            request.Headers.TryAddWithoutValidation("SOAPAction", isRequest ? $"\"{envelope.CwmpNamespace}#{envelope.Body.MethodName}\"" : "");
            if (device.Behaviour.GzipRequests)
            {
                request.Content.Headers.ContentEncoding.Add("gzip");
            }
        }

        if (cookies.Count > 0 && device.Behaviour.ReturnCookie)
        {
            request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (Authenticator.Authorize("POST", url.PathAndQuery) is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private byte[] Encode(byte[] xml)
    {
        if (!device.Behaviour.GzipRequests)
        {
            return xml;
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(xml);
        }

        return buffer.ToArray();
    }

    private void KeepCookies(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            var pair = value.Split(';', 2)[0];
            var equals = pair.IndexOf('=');
            if (equals > 0)
            {
                cookies[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
        }

        result.Cookie = string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));
    }

    private async Task<CwmpEnvelope?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        if (device.Behaviour.RejectXmlDeclaration && bytes.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("<?xml"u8))
        {
            result.Error = "Unreadable answer: an XML declaration inside the agent's own root element is not well-formed";
            return null;
        }

        var read = CwmpReader.Read(bytes, response.Content.Headers.ContentType?.CharSet);
        if (!read.Success)
        {
            result.Error = $"Unreadable answer ({read.Rejection}): {read.Detail}";
        }

        return read.Envelope;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.TemporaryRedirect
            or HttpStatusCode.PermanentRedirect;
}
