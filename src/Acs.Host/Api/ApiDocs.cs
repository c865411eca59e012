using Acs.Host.Planes;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Acs.Host.Api;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) and its interactive reference (/scalar/v1), on the operator
/// plane and open without a key: they describe the API and hold no data. The document is kept free of
/// anything that varies per run (no server list), so the committed copy in schemas/openapi can match it.
/// </summary>
public static class ApiDocs
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Acs REST API";
                document.Info.Version = "v1";
                document.Info.Description = "Operator API of the Acs TR-069 ACS. Every /api/v1 call needs \"Authorization: Bearer <key>\".";
                document.Servers?.Clear();
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key created with POST /api/v1/keys (or ACS_BOOTSTRAP_API_KEY).",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] }];
                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi("/openapi/{documentName}.json").WithMetadata(new PlaneMetadata(Plane.Operator));
        routes.MapScalarApiReference().WithMetadata(new PlaneMetadata(Plane.Operator));
        return routes;
    }
}
