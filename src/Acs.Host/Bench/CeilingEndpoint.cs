using Acs.Cwmp;
using Acs.Host.Planes;

namespace Acs.Host.Bench;

/// <summary>
/// An opt-in device-plane route (Acs:Bench:CeilingEndpoint=true) that reads a request body and answers with
/// a fixed InformResponse envelope and no session work. The benchmark measures what Kestrel alone sustains
/// for an Inform-sized exchange, so the session figures can be read against the machine's own ceiling.
/// </summary>
public static class CeilingEndpoint
{
    public const string Setting = "Acs:Bench:CeilingEndpoint";
    public const string Path = "/_bench/ceiling";

    private static readonly byte[] Answer = CwmpWriter.Write(
        new CwmpEnvelope(CwmpNamespaces.Cwmp10, new CwmpHeader { Id = "cpe-1" }, new InformResponse()));

    public static IEndpointRouteBuilder MapCeiling(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, HandleAsync)
            .WithMetadata(new PlaneMetadata(Plane.Device))
            .WithDisplayName("Bench ceiling")
            .ExcludeFromDescription();
        return routes;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        // The body is read in full, as the CWMP endpoint does, so the exchange costs what a real one costs in I/O.
        var buffer = new byte[16 * 1024];
        while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
        {
        }

        context.Response.ContentType = "text/xml; charset=\"utf-8\"";
        context.Response.ContentLength = Answer.Length;
        await context.Response.Body.WriteAsync(Answer, context.RequestAborted);
    }
}
