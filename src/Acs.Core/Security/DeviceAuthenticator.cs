using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Acs.Core.Security;

/// <summary>
/// Checks CPE credentials for Basic or Digest (MD5, qop=auth). Nonces are stateless: a timestamp signed
/// with a per-process key, so any connection may present them and no table of nonces grows.
/// </summary>
public sealed class DeviceAuthenticator(DeviceAuthOptions options, TimeProvider clock)
{
    private readonly byte[] nonceKey = RandomNumberGenerator.GetBytes(32);

    /// <param name="ha1ForUser">The Digest HA1 for a user name (per-device or shared), or null for an unknown user.</param>
    public async ValueTask<AuthOutcome> CheckAsync(string? authorization, string method, Func<string, ValueTask<string?>> ha1ForUser)
    {
        if (options.Mode == DeviceAuthMode.None)
        {
            return AuthOutcome.Anonymous;
        }

        var header = AuthorizationHeader.Parse(authorization);
        if (options.Mode == DeviceAuthMode.Basic)
        {
            if (header is { Scheme: "Basic", Token68: { } token } && TryDecodeBasic(token, out var user, out var password)
                && await ha1ForUser(user) is { } expected
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(DigestHash.Ha1(user, options.Realm, password))))
            {
                return new AuthOutcome(true, user, null);
            }

            return new AuthOutcome(false, null, $"Basic realm=\"{options.Realm}\"");
        }

        if (header is null || !header.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase))
        {
            return Challenge(stale: false);
        }

        var username = header["username"];
        var nonce = header["nonce"];
        var uri = header["uri"];
        var response = header["response"];
        var qop = header["qop"];
        var nc = header["nc"];
        var cnonce = header["cnonce"];
        if (username is null || nonce is null || uri is null || response is null || header["realm"] != options.Realm)
        {
            return Challenge(stale: false);
        }

        if (!NonceIsValid(nonce, out var stale))
        {
            return Challenge(stale);
        }

        var ha1 = await ha1ForUser(username);
        if (ha1 is null)
        {
            return Challenge(stale: false);
        }

        var expectedResponse = qop is null
            ? DigestHash.Md5Hex($"{ha1}:{nonce}:{DigestHash.Md5Hex($"{method}:{uri}")}")
            : DigestHash.Response(ha1, nonce, nc ?? "", cnonce ?? "", qop, method, uri);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expectedResponse), Encoding.ASCII.GetBytes(response.ToLowerInvariant()))
            ? new AuthOutcome(true, username, null)
            : Challenge(stale: false);
    }

    public AuthOutcome Challenge(bool stale) =>
        new(false, null, $"Digest realm=\"{options.Realm}\", qop=\"auth\", algorithm=MD5, nonce=\"{NewNonce()}\"{(stale ? ", stale=true" : "")}");

    private string NewNonce()
    {
        var stamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{stamp}.{Sign(stamp)}";
    }

    private bool NonceIsValid(string nonce, out bool stale)
    {
        stale = false;
        var dot = nonce.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !long.TryParse(nonce.AsSpan(0, dot), CultureInfo.InvariantCulture, out var issued))
        {
            return false;
        }

        var stamp = nonce[..dot];
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(stamp)), Encoding.ASCII.GetBytes(nonce[(dot + 1)..])))
        {
            return false;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued);
        stale = age > options.NonceLifetime;
        return !stale;
    }

    private string Sign(string stamp) => Convert.ToHexStringLower(HMACSHA256.HashData(nonceKey, Encoding.ASCII.GetBytes(stamp)))[..32];

    private static bool TryDecodeBasic(string token, out string user, out string password)
    {
        user = password = "";
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return false;
            }

            user = text[..colon];
            password = text[(colon + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
