using System.Security.Cryptography;
using System.Text;
using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Access;

/// <summary>Creates, checks and revokes API keys. Secrets are random, shown once, and stored only hashed.</summary>
public sealed class ApiKeys(IDbContextFactory<AcsDbContext> dbFactory, TimeProvider clock)
{
    private const string SecretPrefix = "acs_";

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string NewSecret() => SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>Creates a key; returns it with its secret, which is never available again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, ApiRole role, string? secret = null, CancellationToken ct = default)
    {
        secret ??= NewSecret();
        var key = new ApiKey
        {
            Id = Base64Url(RandomNumberGenerator.GetBytes(9)),
            Name = name,
            Role = role,
            SecretHash = Hash(secret),
            Prefix = secret.Length > 12 ? secret[..12] : secret[..Math.Min(4, secret.Length)],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (key, secret);
    }

    /// <summary>The live key a presented secret belongs to, or null.</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken ct = default)
    {
        var hash = Hash(secret);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash && k.RevokedAt == null, ct);
        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(ct);
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.RevokedAt == null, ct);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// On an empty database, creates the first admin key: the given secret (ACS_BOOTSTRAP_API_KEY), or a new
    /// one that the caller shows once. Returns the generated secret, or null when nothing was generated.
    /// </summary>
    public async Task<string?> EnsureBootstrapKeyAsync(string? configured, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.ApiKeys.AnyAsync(ct))
            {
                return null;
            }
        }

        var (_, secret) = await CreateAsync("bootstrap", ApiRole.Admin, string.IsNullOrEmpty(configured) ? null : configured, ct);
        return string.IsNullOrEmpty(configured) ? secret : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
