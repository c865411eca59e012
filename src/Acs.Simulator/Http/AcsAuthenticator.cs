using System.Globalization;

namespace Acs.Simulator.Http;

/// <summary>
/// The CPE's side of HTTP authentication to the ACS for one session: answers a Basic or Digest challenge
/// and then authorises every later request, counting nonce uses (nc) as RFC 7616 asks.
/// </summary>
public sealed class AcsAuthenticator(string username, string password)
{
    private DigestChallenge? digest;
    private bool basic;
    private int nonceCount;

    public string? Scheme => digest is not null ? "Digest" : basic ? "Basic" : null;

    /// <summary>
    /// Takes the WWW-Authenticate values of a 401. True when a retry with new credentials makes sense:
    /// the first challenge, or a Digest nonce the ACS declared stale.
    /// </summary>
    public bool Accept(IEnumerable<string> wwwAuthenticate)
    {
        var hadCredentials = Scheme is not null;
        foreach (var header in wwwAuthenticate)
        {
            var (scheme, parameters) = AuthParameters.SplitScheme(header);
            if (scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase)
                && DigestChallenge.Parse(parameters) is { } challenge && DigestComputation.IsSupported(challenge.Algorithm))
            {
                if (hadCredentials && !challenge.Stale)
                {
                    return false;
                }

                digest = challenge;
                nonceCount = 0;
                return true;
            }
        }

        if (!hadCredentials && wwwAuthenticate.Any(h => AuthParameters.SplitScheme(h).Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)))
        {
            basic = true;
            return true;
        }

        return false;
    }

    /// <summary>The Authorization header for the next request, or null before any challenge.</summary>
    public string? Authorize(string method, string uri, string? cnonce = null)
    {
        if (basic)
        {
            return DigestComputation.Basic(username, password);
        }

        if (digest is null)
        {
            return null;
        }

        var qop = digest.Qop.Contains("auth", StringComparer.OrdinalIgnoreCase) ? "auth" : "";
        var nc = (++nonceCount).ToString("x8", CultureInfo.InvariantCulture);
        cnonce ??= DigestComputation.NewNonce();
        var response = DigestComputation.Response(digest.Algorithm, username, digest.Realm, password, method, uri, digest.Nonce, nc, cnonce, qop);
        var header = $"Digest username={AuthParameters.Quote(username)}, realm={AuthParameters.Quote(digest.Realm)}, "
            + $"nonce={AuthParameters.Quote(digest.Nonce)}, uri={AuthParameters.Quote(uri)}, algorithm={digest.Algorithm}, "
            + $"response={AuthParameters.Quote(response)}";
        if (qop.Length > 0)
        {
            header += $", qop={qop}, nc={nc}, cnonce={AuthParameters.Quote(cnonce)}";
        }

        if (digest.Opaque is not null)
        {
            header += $", opaque={AuthParameters.Quote(digest.Opaque)}";
        }

        return header;
    }
}
