using Acs.Core.Access;

namespace Acs.Host.Api;

/// <summary>API keys (admin only): create (the secret is returned once), list without secrets, revoke.</summary>
public static class KeysApi
{
    public sealed record CreateKeyRequest(string? Name, string? Role);

    public sealed record KeyView(string Id, string Name, string Role, string Prefix, DateTime CreatedAt, DateTime? RevokedAt);

    public sealed record CreatedKey(string Id, string Name, string Role, string Prefix, DateTime CreatedAt, string Secret);

    public static RouteGroupBuilder MapKeysApi(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/keys").RequireAuthorization(ApiPolicies.Admin).WithTags("Keys");
        keys.MapGet("/", async (ApiKeys store, CancellationToken ct) =>
            TypedResults.Ok(new { items = (await store.ListAsync(ct)).Select(View) }));
        keys.MapPost("/", async (CreateKeyRequest request, ApiKeys store, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
            {
                return Problems.Invalid("name", "is required (at most 100 characters)");
            }

            // Only the names: Enum.TryParse would also take "2" or "viewer,admin" (a flags union) and grant admin.
            if (Enum.GetValues<ApiRole>().Where(r => RoleName(r).Equals(request.Role, StringComparison.OrdinalIgnoreCase)).Select(r => (ApiRole?)r).FirstOrDefault() is not { } role)
            {
                return Problems.Invalid("role", "must be one of admin, operator, viewer");
            }

            var (key, secret) = await store.CreateAsync(request.Name, role, ct: ct);
            return TypedResults.Created($"/api/v1/keys/{key.Id}", new CreatedKey(key.Id, key.Name, RoleName(key.Role), key.Prefix, key.CreatedAt, secret));
        });
        keys.MapDelete("/{id}", async (string id, ApiKeys store, CancellationToken ct) =>
            await store.RevokeAsync(id, ct) ? Results.NoContent() : Problems.NotFound($"Key {id}"));
        return api;
    }

    public static string RoleName(ApiRole role) => role.ToString().ToLowerInvariant();

    private static KeyView View(ApiKey key) => new(key.Id, key.Name, RoleName(key.Role), key.Prefix, key.CreatedAt, key.RevokedAt);
}
