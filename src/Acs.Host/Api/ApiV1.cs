using Acs.Host.Phones;
using Acs.Host.Api.Devices;
using Acs.Host.Api.Files;
using Acs.Host.Api.Tasks;
using Acs.Host.Api.Webhooks;
using Acs.Host.Planes;
using Acs.Host.Tracing;

namespace Acs.Host.Api;

/// <summary>The versioned REST API root: every route under /api/v1 is on the operator plane and needs a key.</summary>
public static class ApiV1
{
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1")
            .WithMetadata(new PlaneMetadata(Plane.Operator))
            .RequireAuthorization(ApiPolicies.Read);
        api.MapKeysApi();
        api.MapProfilesApi();
        api.MapDiscoveryApi();
        api.MapDevicesApi();
        api.MapTraceApi();
        api.MapTasksApi();
        api.MapBatchesApi();
        api.MapFilesApi();
        api.MapWebhooksApi();
        return api;
    }
}
