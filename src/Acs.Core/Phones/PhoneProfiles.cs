using Acs.Core.Persistence;
using Acs.Provisioning.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Phones;

/// <summary>Assembles a phone's profile from its layers (default, model, tags, MAC), its macros and its upgrade step.</summary>
public sealed class PhoneProfiles(IPhoneTags tags, IFileLocator files)
{
    public async Task<AssembledProfile> AssembleAsync(AcsDbContext db, PhoneIdentity phone, string? runningVersion, CancellationToken ct)
    {
        var names = ProfileLayerKeys.For(phone.ProductName, await tags.TagsOfAsync(phone.Mac.ToString(), ct), phone.Mac);
        var keys = names.Select(Split).ToList();
        var scopes = keys.Select(k => k.Scope).Distinct().ToList();
        var candidates = await db.ProfileLayers.AsNoTracking().Where(l => scopes.Contains(l.Scope)).ToListAsync(ct);
        var ordered = keys
            .Select(k => candidates.FirstOrDefault(c => c.Scope == k.Scope && c.Key == k.Key))
            .OfType<PhoneProfileLayer>()
            .ToList();

        var layers = ordered.Select(l => new ProfileLayer(l.Name, [.. LayerJson.Parameters(l).Select(ToParameter)]));
        var profile = PhoneMacros.ExpandAll(FlatProfile.Merge(layers), phone);
        var rule = await UpgradeRuleAsync(db, phone.ProductName, runningVersion, ct);
        if (rule is not null)
        {
            profile = new FlatProfile([.. profile.Parameters, new ProfileParameter("Upgrade_Rule", rule, UserAccess.NoAccess)]);
        }

        var specificFirst = Enumerable.Reverse(ordered).ToList();
        return new AssembledProfile(
            profile,
            specificFirst.Select(l => LayerJson.Read<LayerEncryption>(l.EncryptionJson)).FirstOrDefault(e => e is not null),
            specificFirst.Select(l => LayerJson.Read<LayerCredentials>(l.CredentialsJson)).FirstOrDefault(c => c is not null),
            specificFirst.FirstOrDefault()?.Gzip ?? false,
            ordered.Any(l => l.Scope == LayerScopes.Macs),
            [.. ordered.Select(l => l.Name)]);
    }

    // The next load on the product's path when the running version is older than the target; null otherwise
    // or when the version is unknown (a phone that does not say what it runs is not pushed blindly).
    private async Task<string?> UpgradeRuleAsync(AcsDbContext db, string productName, string? runningVersion, CancellationToken ct)
    {
        if (!FirmwareVersion.TryParse(runningVersion, out var running))
        {
            return null;
        }

        var path = await db.FirmwarePaths.AsNoTracking().FirstOrDefaultAsync(p => p.ProductName == productName, ct);
        if (path is null)
        {
            return null;
        }

        var loads = LayerJson.Loads(path);
        var next = new UpgradePath(loads.Select(l => l.Version)).NextLoad(running);
        var load = loads.FirstOrDefault(l => l.Version == next);
        return load switch
        {
            null => null,
            { Url: { } url } => url,
            { FileId: { } fileId } => files.Locate(fileId)?.Url,
            _ => null,
        };
    }

    public static (string Scope, string Key) Split(string layerName)
    {
        var slash = layerName.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (layerName, string.Empty) : (layerName[..slash], layerName[(slash + 1)..]);
    }

    public static UserAccess? Access(string? ua) => ua switch
    {
        "na" => UserAccess.NoAccess,
        "ro" => UserAccess.ReadOnly,
        "rw" => UserAccess.ReadWrite,
        _ => null,
    };

    private static ProfileParameter ToParameter(LayerParameter p) => new(p.Name, p.Value, Access(p.Ua), p.Secret);
}
