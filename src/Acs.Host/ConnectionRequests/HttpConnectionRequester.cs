using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Acs.Core;
using Acs.Core.ConnectionRequests;
using Acs.Core.Security;
using Microsoft.Extensions.Options;

namespace Acs.Host.ConnectionRequests;

/// <summary>
/// The HTTP Connection Request of TR-069 §3.2.2: a GET to the device's ConnectionRequestURL, answered with
/// Digest (MD5, qop=auth) when challenged, and with Basic only when the settings allow it.
/// </summary>
public sealed class HttpConnectionRequester(HttpClient http, IOptions<AcsOptions> options) : IConnectionRequester
{
    public async Task<ConnectionRequestResult> SendAsync(Uri url, string? username, string? password, CancellationToken ct)
    {
        try
        {
            using var first = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), ct);
            if (first.StatusCode != HttpStatusCode.Unauthorized)
            {
                return Classify(first.StatusCode);
            }

            if (username is null || password is null)
            {
                return ConnectionRequestResult.Unauthorized;
            }

            var authorization = Answer(first.Headers.WwwAuthenticate, url, username, password);
            if (authorization is null)
            {
                return ConnectionRequestResult.Unauthorized;
            }

            var retry = new HttpRequestMessage(HttpMethod.Get, url);
            retry.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var second = await http.SendAsync(retry, ct);
            return Classify(second.StatusCode);
        }
        catch (HttpRequestException)
        {
            return ConnectionRequestResult.Unreachable;
        }
    }

    private string? Answer(HttpHeaderValueCollection<AuthenticationHeaderValue> challenges, Uri url, string username, string password)
    {
        foreach (var challenge in challenges)
        {
            if (challenge.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase)
                && AuthorizationHeader.Parse($"Digest {challenge.Parameter}") is { } digest)
            {
                var realm = digest["realm"] ?? "";
                var nonce = digest["nonce"] ?? "";
                var uri = url.PathAndQuery;
                var cnonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
                var ha1 = DigestHash.Ha1(username, realm, password);
                var qopOffered = digest["qop"]?.Split(',', StringSplitOptions.TrimEntries).Contains("auth") == true;
                var opaque = digest["opaque"] is { } o ? $", opaque=\"{o}\"" : "";
                if (qopOffered)
                {
                    var response = DigestHash.Response(ha1, nonce, "00000001", cnonce, "auth", "GET", uri);
                    return $"Digest username=\"{username}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"{cnonce}\", response=\"{response}\"{opaque}";
                }

                var legacy = DigestHash.Md5Hex($"{ha1}:{nonce}:{DigestHash.Md5Hex($"GET:{uri}")}");
                return $"Digest username=\"{username}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{legacy}\"{opaque}";
            }
        }

        if (options.Value.ConnectionRequest.AllowBasic && challenges.Any(c => c.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)))
        {
            return "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{username}:{password}"));
        }

        return null;
    }

    private static ConnectionRequestResult Classify(HttpStatusCode status) => status switch
    {
        HttpStatusCode.OK or HttpStatusCode.NoContent => ConnectionRequestResult.Accepted,
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => ConnectionRequestResult.Unauthorized,
        HttpStatusCode.ServiceUnavailable => ConnectionRequestResult.Busy,
        _ => ConnectionRequestResult.Unreachable,
    };
}
