using Microsoft.AspNetCore.Routing.Matching;

namespace Acs.Host.Planes;

/// <summary>Drops route candidates that belong to the other plane, so each listener only sees its own routes.</summary>
public sealed class PlaneMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => true;

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var plane = PlaneListeners.Of(httpContext);
        for (var i = 0; i < candidates.Count; i++)
        {
            var endpointPlane = candidates[i].Endpoint.Metadata.GetMetadata<PlaneMetadata>()?.Plane ?? Plane.Operator;
            if (endpointPlane != plane)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
