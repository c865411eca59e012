using Acs.Core.Phones;
using Acs.Host.Planes;
using Acs.Provisioning.Profiles;

namespace Acs.Host.Phones;

/// <summary>
/// The HTTP front of phone provisioning on the device plane: any GET is a file request for the
/// provisioning engine; reports are POSTed to /phones/{mac}/report.
/// </summary>
public static class PhoneEndpoints
{
    public static IEndpointRouteBuilder MapPhones(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{**path}", ServeAsync)
            .WithMetadata(new PlaneMetadata(Plane.Device))
            .WithDisplayName("Phone provisioning")
            .ExcludeFromDescription();
        routes.MapPost("/phones/{mac}/report", ReportAsync)
            .WithMetadata(new PlaneMetadata(Plane.Device))
            .WithDisplayName("Phone report")
            .ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> ServeAsync(HttpContext context, ProvisioningEngine engine, DeviceFacingUrls urls, Acs.Core.Observability.AcsMetrics metrics)
    {
        var request = new ProvisioningRequest(
            ProvisioningFront.Http,
            context.Request.Path.Value ?? "/",
            urls.ProfileBaseUrl,
            context.Request.Headers.UserAgent.ToString(),
            context.Request.Headers.Authorization.ToString(),
            context.Request.Method,
            ClientAddress.Of(context));
        var outcome = await engine.HandleAsync(request, context.RequestAborted);
        metrics.ProfileFetch(ProvisioningFront.Http, outcome);
        context.Response.Headers.CacheControl = "no-store";
        return outcome switch
        {
            ProvisioningOutcome.Document document => Document(context, document),
            ProvisioningOutcome.Redirect redirect => Results.Redirect(redirect.Location),
            ProvisioningOutcome.Unauthorized unauthorized => Challenge(context, unauthorized.Challenge),
            ProvisioningOutcome.Forbidden forbidden => Results.Text(forbidden.Why + "\n", "text/plain", statusCode: StatusCodes.Status403Forbidden),
            ProvisioningOutcome.NotFound notFound => Results.Text(notFound.Why + "\n", "text/plain", statusCode: StatusCodes.Status404NotFound),
            _ => Results.StatusCode(StatusCodes.Status500InternalServerError),
        };
    }

    private static async Task<IResult> ReportAsync(string mac, HttpContext context, ReportIntake intake)
    {
        if (!MacAddress.TryParse(mac, out var phone))
        {
            return Results.Text("Not a MAC address.\n", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        // Read at most one byte past the limit, so an oversized upload is refused without being buffered.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ReportIntake.MaxReportBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }
        }

        var outcome = await intake.ReceiveAsync(
            phone, buffer.ToArray(), context.Request.Headers.ContentEncoding.ToString(), context.Request.ContentType, context.RequestAborted);
        return outcome switch
        {
            ReportIntake.Outcome.Stored => Results.NoContent(),
            ReportIntake.Outcome.UnknownPhone => Results.Text("Unknown phone.\n", "text/plain", statusCode: StatusCodes.Status404NotFound),
            _ => Results.Text("The report could not be decrypted with this phone's key.\n", "text/plain", statusCode: StatusCodes.Status400BadRequest),
        };
    }

    private static IResult Document(HttpContext context, ProvisioningOutcome.Document document)
    {
        if (document.ContentEncoding is { } encoding)
        {
            context.Response.Headers.ContentEncoding = encoding;
        }

        return Results.Bytes(document.Content, document.ContentType);
    }

    private static IResult Challenge(HttpContext context, string challenge)
    {
        context.Response.Headers.WWWAuthenticate = challenge;
        return Results.Text("Credentials are required for this profile.\n", "text/plain", statusCode: StatusCodes.Status401Unauthorized);
    }
}
