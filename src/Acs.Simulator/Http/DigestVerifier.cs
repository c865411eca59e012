using System.Collections.Concurrent;

namespace Acs.Simulator.Http;

/// <summary>
/// The server side of Digest (MD5, qop=auth) as a CPE uses it to authenticate connection requests: it
/// issues nonces and checks an Authorization header against the expected credentials.
/// </summary>
public sealed class DigestVerifier(string realm, TimeProvider timeProvider)
{
    private static readonly TimeSpan NonceLifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, DateTimeOffset> nonces = new(StringComparer.Ordinal);

    public string Realm { get; } = realm;

    public string Challenge()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (old, issued) in nonces)
        {
            if (now - issued > NonceLifetime)
            {
                nonces.TryRemove(old, out _);
            }
        }

        var nonce = DigestComputation.NewNonce();
        nonces[nonce] = now;
        return $"Digest realm={AuthParameters.Quote(Realm)}, qop=\"auth\", nonce={AuthParameters.Quote(nonce)}, algorithm=MD5";
    }

    public bool Verify(string? authorization, string method, string target, string username, string password)
    {
        if (authorization is null)
        {
            return false;
        }

        var (scheme, text) = AuthParameters.SplitScheme(authorization);
        if (!scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var values = AuthParameters.Parse(text);
        var nonce = values.GetValueOrDefault("nonce") ?? "";
        var algorithm = values.GetValueOrDefault("algorithm") ?? "MD5";
        var qop = values.GetValueOrDefault("qop") ?? "";
        if (!nonces.TryGetValue(nonce, out var issued) || timeProvider.GetUtcNow() - issued > NonceLifetime
            || values.GetValueOrDefault("realm") != Realm
            || values.GetValueOrDefault("username") != username
            || values.GetValueOrDefault("uri") != target
            || !algorithm.Equals("MD5", StringComparison.OrdinalIgnoreCase)
            || qop != "auth")
        {
            return false;
        }

        var expected = DigestComputation.Response(algorithm, username, Realm, password, method, target, nonce,
            values.GetValueOrDefault("nc") ?? "", values.GetValueOrDefault("cnonce") ?? "", qop);
        return DigestComputation.SameResponse(expected, values.GetValueOrDefault("response") ?? "");
    }
}
