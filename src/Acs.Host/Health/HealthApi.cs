using Acs.Core.Persistence;
using Acs.Host.Planes;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host.Health;

/// <summary>Liveness and database reachability: the one operator endpoint open without a key.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", async (IDbContextFactory<AcsDbContext> dbFactory, CancellationToken ct) =>
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var reachable = await db.Database.CanConnectAsync(ct);
                return reachable
                    ? Results.Json(new { status = "ok", database = "reachable" })
                    : Results.Json(new { status = "degraded", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Json(new { status = "degraded", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithMetadata(new PlaneMetadata(Plane.Operator)).WithTags("Health");
        return routes;
    }
}
