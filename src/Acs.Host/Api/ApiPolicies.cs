using Acs.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Acs.Host.Api;

/// <summary>The three authorization levels of the REST API, one per role and everything above it.</summary>
public static class ApiPolicies
{
    public const string Read = "acs.read";
    public const string Write = "acs.write";
    public const string Admin = "acs.admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireRole(nameof(ApiRole.Viewer), nameof(ApiRole.Operator), nameof(ApiRole.Admin)));
        options.AddPolicy(Write, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireRole(nameof(ApiRole.Operator), nameof(ApiRole.Admin)));
        options.AddPolicy(Admin, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireRole(nameof(ApiRole.Admin)));
    }
}
