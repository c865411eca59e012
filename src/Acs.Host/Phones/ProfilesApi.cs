using System.Security.Claims;
using System.Text.Json;
using Acs.Core.Access;
using Acs.Core.Persistence;
using Acs.Core.Phones;
using Acs.Host.Api;
using Acs.Provisioning.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host.Phones;

/// <summary>
/// Phone profile layers: default, models/{productName}, tags/{tag}, macs/{mac}. Reads need a viewer key,
/// writes an operator key; secrets are masked in every answer.
/// </summary>
public static class ProfilesApi
{
    public static RouteGroupBuilder MapProfilesApi(this RouteGroupBuilder api)
    {
        var profiles = api.MapGroup("/profiles").WithTags("Profiles");
        profiles.MapGet("/", async (IDbContextFactory<AcsDbContext> databases, CancellationToken ct) =>
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            var layers = await db.ProfileLayers.AsNoTracking().OrderBy(l => l.Scope).ThenBy(l => l.Key).ToListAsync(ct);
            return TypedResults.Ok(new { items = layers.Select(LayerView.Of) });
        });
        profiles.MapGet("/default", (IDbContextFactory<AcsDbContext> databases, CancellationToken ct) => GetAsync(databases, LayerScopes.Default, string.Empty, ct));
        profiles.MapPut("/default", (JsonElement body, IDbContextFactory<AcsDbContext> databases, TimeProvider clock, CancellationToken ct) =>
            PutAsync(databases, clock, LayerScopes.Default, string.Empty, body, ct)).RequireAuthorization(ApiPolicies.Write);
        profiles.MapDelete("/default", (IDbContextFactory<AcsDbContext> databases, CancellationToken ct) =>
            DeleteAsync(databases, LayerScopes.Default, string.Empty, ct)).RequireAuthorization(ApiPolicies.Write);

        profiles.MapGet("/{scope}/{key}", (string scope, string key, IDbContextFactory<AcsDbContext> databases, CancellationToken ct) =>
            TryKey(scope, key, out var k, out var problem) ? GetAsync(databases, scope, k, ct) : Task.FromResult(problem));
        profiles.MapPut("/{scope}/{key}", (string scope, string key, JsonElement body, IDbContextFactory<AcsDbContext> databases, TimeProvider clock, CancellationToken ct) =>
            TryKey(scope, key, out var k, out var problem) ? PutAsync(databases, clock, scope, k, body, ct) : Task.FromResult(problem))
            .RequireAuthorization(ApiPolicies.Write);
        profiles.MapDelete("/{scope}/{key}", (string scope, string key, IDbContextFactory<AcsDbContext> databases, CancellationToken ct) =>
            TryKey(scope, key, out var k, out var problem) ? DeleteAsync(databases, scope, k, ct) : Task.FromResult(problem))
            .RequireAuthorization(ApiPolicies.Write);

        profiles.MapGet("/macs/{mac}/rendered", RenderedAsync);
        profiles.MapFirmwareApi();
        return api;
    }

    // The exact document the phone would get (before gzip and encryption); secrets in clear for admin keys only.
    private static async Task<IResult> RenderedAsync(
        string mac,
        string? productName,
        ClaimsPrincipal user,
        IDbContextFactory<AcsDbContext> databases,
        PhoneProfiles profiles,
        Microsoft.Extensions.Options.IOptions<PhoneProvisioningOptions> options,
        CancellationToken ct)
    {
        if (!MacAddress.TryParse(mac, out var phone))
        {
            return Problems.Invalid("mac", "is not a MAC address");
        }

        await using var db = await databases.CreateDbContextAsync(ct);
        var key = phone.ToString();
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.MacAddress == key, ct);
        var identity = new PhoneIdentity(phone, productName ?? device?.ProductClass ?? string.Empty, device?.SerialNumber);
        var assembled = await profiles.AssembleAsync(db, identity, device?.SoftwareVersion, ct);
        if (!assembled.HasMacLayer && !options.Value.AutoRegister)
        {
            return Problems.NotFound($"Profile layer macs/{phone}");
        }

        var document = FlatProfileDocument.Render(assembled.Profile, maskSecrets: !user.IsInRole(nameof(ApiRole.Admin)));
        return TypedResults.Bytes(document, ProvisioningEngine.XmlContentType);
    }

    private static bool TryKey(string scope, string key, out string normalized, out IResult problem)
    {
        normalized = key;
        problem = Results.Empty;
        if (scope is not (LayerScopes.Models or LayerScopes.Tags or LayerScopes.Macs))
        {
            problem = Problems.NotFound($"Profile scope {scope}");
            return false;
        }

        if (scope == LayerScopes.Macs)
        {
            if (!MacAddress.TryParse(key, out var mac))
            {
                problem = Problems.Invalid("mac", "is not a MAC address");
                return false;
            }

            normalized = mac.ToString();
        }
        else if (key.Length is 0 or > 200 || key.Any(char.IsControl))
        {
            problem = Problems.Invalid("key", "must be 1 to 200 printable characters");
            return false;
        }

        return true;
    }

    private static async Task<IResult> GetAsync(IDbContextFactory<AcsDbContext> databases, string scope, string key, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var layer = await db.ProfileLayers.AsNoTracking().FirstOrDefaultAsync(l => l.Scope == scope && l.Key == key, ct);
        return layer is null ? Problems.NotFound($"Profile layer {Name(scope, key)}") : TypedResults.Ok(LayerView.Of(layer));
    }

    private static async Task<IResult> PutAsync(
        IDbContextFactory<AcsDbContext> databases, TimeProvider clock, string scope, string key, JsonElement body, CancellationToken ct)
    {
        if (!LayerRequest.TryRead(body, out var request, out var problem))
        {
            return Problems.Invalid(problem.Field, problem.Message);
        }

        await using var db = await databases.CreateDbContextAsync(ct);
        var layer = await db.ProfileLayers.FirstOrDefaultAsync(l => l.Scope == scope && l.Key == key, ct);
        var created = layer is null;
        request = request.KeepingSecretsOf(layer);
        layer ??= db.ProfileLayers.Add(new PhoneProfileLayer { Scope = scope, Key = key }).Entity;
        layer.ParametersJson = LayerJson.Write(request.Parameters);
        layer.EncryptionJson = request.Encryption is null ? null : LayerJson.Write(request.Encryption);
        layer.CredentialsJson = request.Credentials is null ? null : LayerJson.Write(request.Credentials);
        layer.Gzip = request.Gzip;
        layer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var view = LayerView.Of(layer);
        return created ? TypedResults.Created($"/api/v1/profiles/{view.Name}", view) : TypedResults.Ok(view);
    }

    private static async Task<IResult> DeleteAsync(IDbContextFactory<AcsDbContext> databases, string scope, string key, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var deleted = await db.ProfileLayers.Where(l => l.Scope == scope && l.Key == key).ExecuteDeleteAsync(ct);
        return deleted > 0 ? Results.NoContent() : Problems.NotFound($"Profile layer {Name(scope, key)}");
    }

    private static string Name(string scope, string key) => key.Length == 0 ? scope : $"{scope}/{key}";
}
