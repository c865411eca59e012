using System.Text.Json;
using Acs.Core;
using Acs.Core.Persistence;
using Acs.Core.Phones;
using Acs.Host.Api;
using Acs.Provisioning.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Acs.Host.Phones;

/// <summary>Per product name, the ordered firmware loads a phone steps through: { "loads": [ { "version", "url" | "fileId" } ] }.</summary>
public static class FirmwareApi
{
    public sealed record PathView(string ProductName, IReadOnlyList<FirmwareLoad> Loads, DateTime UpdatedAt);

    public static RouteGroupBuilder MapFirmwareApi(this RouteGroupBuilder profiles)
    {
        profiles.MapGet("/firmware/{productName}", async (string productName, IDbContextFactory<AcsDbContext> databases, CancellationToken ct) =>
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            var path = await db.FirmwarePaths.AsNoTracking().FirstOrDefaultAsync(p => p.ProductName == productName, ct);
            return path is null ? Problems.NotFound($"Firmware path for {productName}") : TypedResults.Ok(View(path));
        });
        profiles.MapPut("/firmware/{productName}", PutAsync).RequireAuthorization(ApiPolicies.Write);
        profiles.MapDelete("/firmware/{productName}", async (string productName, IDbContextFactory<AcsDbContext> databases, CancellationToken ct) =>
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            var deleted = await db.FirmwarePaths.Where(p => p.ProductName == productName).ExecuteDeleteAsync(ct);
            return deleted > 0 ? Results.NoContent() : Problems.NotFound($"Firmware path for {productName}");
        }).RequireAuthorization(ApiPolicies.Write);
        return profiles;
    }

    private static async Task<IResult> PutAsync(
        string productName, JsonElement body, IDbContextFactory<AcsDbContext> databases, IFileLocator files, TimeProvider clock, CancellationToken ct)
    {
        if (productName.Length > 200)
        {
            return Problems.Invalid("productName", "is at most 200 characters");
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("loads", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            return Problems.Invalid("loads", "must be a non-empty array");
        }

        var loads = new List<FirmwareLoad>();
        foreach (var item in items.EnumerateArray())
        {
            var at = $"loads[{loads.Count}]";
            var version = Text(item, "version");
            var url = Text(item, "url");
            var fileId = Text(item, "fileId");
            if (string.IsNullOrEmpty(version) || (url is null) == (fileId is null))
            {
                return Problems.Invalid("loads", "each load needs a version and exactly one of url or fileId");
            }

            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tftp"))
            {
                return Problems.Invalid($"{at}.url", $"'{url}' is not an absolute http, https or tftp URL");
            }

            if (fileId is not null && files.Locate(fileId) is null)
            {
                return Problems.Invalid($"{at}.fileId", "names no stored file");
            }

            loads.Add(new FirmwareLoad(version, url, fileId));
        }

        try
        {
            _ = new UpgradePath(loads.Select(l => l.Version));
        }
        catch (ArgumentException e)
        {
            return Problems.Invalid("loads", e.Message);
        }

        await using var db = await databases.CreateDbContextAsync(ct);
        var path = await db.FirmwarePaths.FirstOrDefaultAsync(p => p.ProductName == productName, ct);
        var created = path is null;
        path ??= db.FirmwarePaths.Add(new FirmwarePath { ProductName = productName }).Entity;
        path.LoadsJson = LayerJson.Write(loads);
        path.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return created ? TypedResults.Created($"/api/v1/profiles/firmware/{productName}", View(path)) : TypedResults.Ok(View(path));
    }

    private static PathView View(FirmwarePath path) => new(path.ProductName, LayerJson.Loads(path), path.UpdatedAt);

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
