using Acs.Core.Security;
using Microsoft.Extensions.Time.Testing;

namespace Acs.Core.Tests.Security;

public sealed class DeviceAuthenticatorTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Digest_response_computed_from_the_challenge_is_accepted()
    {
        var authenticator = new DeviceAuthenticator(new DeviceAuthOptions { Mode = DeviceAuthMode.Digest, Realm = "Acs" }, clock);
        var challenge = AuthorizationHeader.Parse(authenticator.Challenge(stale: false).Challenge)!;

        var outcome = await authenticator.CheckAsync(Answer(challenge["nonce"]!, "s3cret"), "POST", Lookup);

        Assert.True(outcome.Accepted);
        Assert.Equal("cpe", outcome.Username);
    }

    [Fact]
    public async Task Wrong_password_forged_nonce_and_expired_nonce_are_challenged_again()
    {
        var authenticator = new DeviceAuthenticator(new DeviceAuthOptions { Mode = DeviceAuthMode.Digest, Realm = "Acs" }, clock);
        var nonce = AuthorizationHeader.Parse(authenticator.Challenge(stale: false).Challenge)!["nonce"]!;

        var wrong = await authenticator.CheckAsync(Answer(nonce, "guess"), "POST", Lookup);
        var forged = await authenticator.CheckAsync(Answer("1772366400.00000000000000000000000000000000", "s3cret"), "POST", Lookup);
        clock.Advance(TimeSpan.FromMinutes(6));
        var stale = await authenticator.CheckAsync(Answer(nonce, "s3cret"), "POST", Lookup);

        Assert.False(wrong.Accepted);
        Assert.False(forged.Accepted);
        Assert.False(stale.Accepted);
        Assert.Contains("stale=true", stale.Challenge, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", wrong.Challenge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_credentials_are_checked_against_the_stored_HA1()
    {
        var authenticator = new DeviceAuthenticator(new DeviceAuthOptions { Mode = DeviceAuthMode.Basic, Realm = "Acs" }, clock);

        var good = await authenticator.CheckAsync("Basic " + Convert.ToBase64String("cpe:s3cret"u8.ToArray()), "POST", Lookup);
        var bad = await authenticator.CheckAsync("Basic " + Convert.ToBase64String("cpe:nope"u8.ToArray()), "POST", Lookup);
        var garbage = await authenticator.CheckAsync("Basic !!!", "POST", Lookup);

        Assert.True(good.Accepted);
        Assert.False(bad.Accepted);
        Assert.False(garbage.Accepted);
        Assert.Equal("Basic realm=\"Acs\"", bad.Challenge);
    }

    [Fact]
    public void Authorization_header_parameters_are_read_quoted_or_bare()
    {
        var header = AuthorizationHeader.Parse("""Digest username="a\"b", realm="Acs", nc=00000001, qop=auth, uri="/x,y" """)!;

        Assert.Equal("Digest", header.Scheme);
        Assert.Equal("a\"b", header["username"]);
        Assert.Equal("00000001", header["nc"]);
        Assert.Equal("auth", header["qop"]);
        Assert.Equal("/x,y", header["uri"]);
        Assert.Null(AuthorizationHeader.Parse("  "));
    }

    private static ValueTask<string?> Lookup(string user) =>
        ValueTask.FromResult(user == "cpe" ? DigestHash.Ha1("cpe", "Acs", "s3cret") : null);

    private static string Answer(string nonce, string password)
    {
        var ha1 = DigestHash.Ha1("cpe", "Acs", password);
        var response = DigestHash.Response(ha1, nonce, "00000001", "abcd", "auth", "POST", "/acs");
        return $"""Digest username="cpe", realm="Acs", nonce="{nonce}", uri="/acs", qop=auth, nc=00000001, cnonce="abcd", response="{response}" """;
    }
}
