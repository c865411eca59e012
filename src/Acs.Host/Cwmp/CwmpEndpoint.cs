using Acs.Core;
using Acs.Core.Sessions;
using Acs.Cwmp;
using Acs.Core.Observability;
using Acs.Host.Planes;
using Acs.Host.Tls;
using Acs.Host.Tracing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Acs.Host.Cwmp;

/// <summary>
/// The CWMP transport: translates a device's POST into an engine call and the engine's reply back into
/// HTTP. It holds no session policy; it only reads bodies safely and writes replies conservatively.
/// </summary>
public static class CwmpEndpoint
{
    private const string XmlContentType = "text/xml; charset=\"utf-8\"";

    public static IEndpointRouteBuilder MapCwmp(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/{**path}", HandleAsync)
            .WithMetadata(new PlaneMetadata(Plane.Device))
            .WithDisplayName("CWMP")
            .ExcludeFromDescription();
        return routes;
    }

    private static async Task HandleAsync(
        HttpContext context, SessionEngine engine, Refusals refusals, IOptions<AcsOptions> options, AcsMetrics metrics, SoapTrace trace, ILoggerFactory loggers)
    {
        var ct = context.RequestAborted;
        var (outcome, body) = await RequestBody.ReadAsync(context.Request, options.Value.MaxBodyBytes, ct);
        if (outcome == RequestBody.Outcome.Ok)
        {
            metrics.RequestBody(body.Length);
        }

        switch (outcome)
        {
            case RequestBody.Outcome.TooLarge:
                var tooLarge = new RefusedMessage(CwmpRejection.BodyTooLarge, $"The body exceeds {options.Value.MaxBodyBytes} bytes (Acs:MaxBodyBytes).", null, CwmpNamespaces.Cwmp10);
                await WriteReplyAsync(context, await refusals.HandleAsync(Request(context, null), tooLarge, ct));
                return;
            case RequestBody.Outcome.UnsupportedEncoding:
                await WriteTextAsync(context, StatusCodes.Status415UnsupportedMediaType, "Content-Encoding must be gzip, deflate or identity.");
                return;
            case RequestBody.Outcome.Corrupt:
                await WriteTextAsync(context, StatusCodes.Status400BadRequest, "The compressed body could not be decoded.");
                return;
        }

        CwmpEnvelope? envelope = null;
        if (!IsBlank(body))
        {
            var charset = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType) ? mediaType.Charset.Value?.Trim('"') : null;
            var read = CwmpReader.Read(body, charset, options.Value.MaxParametersPerMessage);
            if (!read.Success)
            {
                await RejectAsync(context, refusals, read, body);
                return;
            }

            envelope = read.Envelope;
        }

        EngineReply reply;
        try
        {
            reply = await engine.HandleAsync(Request(context, envelope), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The device retries a failed session later; nothing queued was lost because nothing was committed.
            loggers.CreateLogger(typeof(CwmpEndpoint)).LogError(e, "CWMP request from {Address} failed", context.Connection.RemoteIpAddress);
            context.Response.Headers.RetryAfter = "30";
            await WriteTextAsync(context, StatusCodes.Status503ServiceUnavailable, "The ACS could not process the request; retry later.", close: true);
            return;
        }

        if (reply.Trace is { } target)
        {
            await RecordAsync(trace, target, body, reply, loggers, ct);
        }

        await WriteReplyAsync(context, reply);
    }

    // Recorded before the reply leaves, so a traced session's exchanges are stored in the order they happened.
    private static async Task RecordAsync(SoapTrace trace, TraceTarget target, byte[] request, EngineReply reply, ILoggerFactory loggers, CancellationToken ct)
    {
        try
        {
            await trace.RecordAsync(target, request, reply.Status, reply.Body is { } envelope ? CwmpWriter.Write(envelope) : [], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A trace is a diagnostic: failing to store it never fails the device's session.
            loggers.CreateLogger(typeof(CwmpEndpoint)).LogWarning(e, "Storing the SOAP trace of {Device} failed", target.DeviceId);
        }
    }

    private static DeviceRequest Request(HttpContext context, CwmpEnvelope? envelope) => new(
        envelope,
        SessionCookie.Read(context.Request),
        context.Connection.Id,
        ClientAddress.Of(context),
        context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
        context.Request.Method,
        ClientCertificateCheck.IdentityOf(context.Connection.ClientCertificate));

    private static async Task RejectAsync(HttpContext context, Refusals refusals, CwmpReadResult read, byte[] body)
    {
        switch (read.Rejection)
        {
            case CwmpRejection.InvalidArguments or CwmpRejection.InvalidCharacters or CwmpRejection.TooManyItems:
                // Readable enough to answer in CWMP: an ACS fault names the problem, and a refused response ends its task.
                var detail = read.Rejection == CwmpRejection.TooManyItems ? $"{read.Detail} (Acs:MaxParametersPerMessage)" : read.Detail ?? read.Rejection.ToString();
                var refused = new RefusedMessage(read.Rejection, detail, read.Method, GuessNamespace(body));
                await WriteReplyAsync(context, await refusals.HandleAsync(Request(context, null), refused, context.RequestAborted));
                return;
            case CwmpRejection.UnsupportedCharset:
                await WriteTextAsync(context, StatusCodes.Status415UnsupportedMediaType, read.Detail ?? "Unsupported charset.");
                return;
            default:
                await WriteTextAsync(context, StatusCodes.Status400BadRequest, $"Not a CWMP envelope ({read.Rejection}): {read.Detail}");
                return;
        }
    }

    private static async Task WriteReplyAsync(HttpContext context, EngineReply reply)
    {
        var response = context.Response;
        if (reply.SessionCookie is { } cookie)
        {
            response.Headers.SetCookie = SessionCookie.Format(cookie);
        }

        if (reply.Challenge is { } challenge)
        {
            response.Headers.WWWAuthenticate = challenge;
        }

        if (reply.RetryAfterSeconds is { } retryAfter)
        {
            response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (reply.Body is { } envelope)
        {
            var bytes = CwmpWriter.Write(envelope);
            response.StatusCode = reply.Status;
            response.ContentType = XmlContentType;
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        if (reply.Problem is { } problem)
        {
            await WriteTextAsync(context, reply.Status, problem, reply.CloseConnection);
            return;
        }

        response.StatusCode = reply.Status;
        response.ContentLength = reply.Status == StatusCodes.Status204NoContent ? null : 0;
        if (reply.CloseConnection)
        {
            response.Headers.Connection = "close";
        }
    }

    private static async Task WriteTextAsync(HttpContext context, int status, string text, bool close = false)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (close)
        {
            context.Response.Headers.Connection = "close";
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static bool IsBlank(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string GuessNamespace(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        var at = text.IndexOf("urn:dslforum-org:cwmp-1-", StringComparison.Ordinal);
        if (at >= 0 && at + 25 <= text.Length)
        {
            var candidate = text.Substring(at, 25);
            if (CwmpNamespaces.IsCwmp(candidate))
            {
                return candidate;
            }
        }

        return CwmpNamespaces.Cwmp10;
    }
}
