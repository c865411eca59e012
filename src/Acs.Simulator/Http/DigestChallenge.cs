namespace Acs.Simulator.Http;

/// <summary>A Digest challenge from WWW-Authenticate (RFC 7616).</summary>
public sealed record DigestChallenge(string Realm, string Nonce, string? Opaque, string Algorithm, IReadOnlyList<string> Qop, bool Stale)
{
    /// <summary>Reads the parameters after "Digest "; null when realm or nonce is missing.</summary>
    public static DigestChallenge? Parse(string parameters)
    {
        var values = AuthParameters.Parse(parameters);
        if (!values.TryGetValue("realm", out var realm) || !values.TryGetValue("nonce", out var nonce))
        {
            return null;
        }

        var qop = values.TryGetValue("qop", out var q)
            ? q.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new DigestChallenge(
            realm,
            nonce,
            values.GetValueOrDefault("opaque"),
            values.GetValueOrDefault("algorithm") ?? "MD5",
            qop,
            string.Equals(values.GetValueOrDefault("stale"), "true", StringComparison.OrdinalIgnoreCase));
    }
}
