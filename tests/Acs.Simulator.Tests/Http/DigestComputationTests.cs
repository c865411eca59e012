using Acs.Simulator.Http;

namespace Acs.Simulator.Tests.Http;

public class DigestComputationTests
{
    [Fact]
    public void Digest_MD5_with_qop_auth_matches_the_RFC_2617_worked_example()
    {
        var response = DigestComputation.Response("MD5", "Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth");

        Assert.Equal("6629fae49393a05397450978507c4ef1", response);
    }

    [Fact]
    public void Digest_SHA256_matches_the_RFC_7616_worked_example()
    {
        var response = DigestComputation.Response("SHA-256", "Mufasa", "http-auth@example.org", "Circle of Life", "GET", "/dir/index.html",
            "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth");

        Assert.Equal("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", response);
    }

    [Fact]
    public void Digest_MD5_on_the_RFC_7616_inputs_gives_the_value_those_inputs_hash_to()
    {
        // The MD5 value printed in RFC 7616 3.9.1 does not match its own inputs (an erratum); this is the hash of the inputs.
        var response = DigestComputation.Response("MD5", "Mufasa", "http-auth@example.org", "Circle of Life", "GET", "/dir/index.html",
            "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth");

        Assert.Equal("8ca523f5e9506fed4657c9700eebdbec", response);
    }

    [Fact]
    public void Digest_without_qop_uses_the_RFC_2069_form()
    {
        var ha1 = DigestComputation.Hash("MD5", "Mufasa:testrealm@host.com:Circle Of Life");
        var ha2 = DigestComputation.Hash("MD5", "GET:/dir/index.html");

        var response = DigestComputation.Response("MD5", "Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093", "", "", "");

        Assert.Equal(DigestComputation.Hash("MD5", $"{ha1}:dcd98b7102dd2f0e8b11d0f600bfb0c093:{ha2}"), response);
    }

    [Fact]
    public void Basic_credentials_match_the_RFC_7617_example()
    {
        Assert.Equal("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", DigestComputation.Basic("Aladdin", "open sesame"));
    }

    [Fact]
    public void The_authenticator_answers_the_RFC_7616_challenge_and_counts_nonce_uses()
    {
        var authenticator = new AcsAuthenticator("Mufasa", "Circle of Life");
        var accepted = authenticator.Accept([
            "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
            + "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"",
        ]);

        var first = AuthParameters.Parse(AuthParameters.SplitScheme(
            authenticator.Authorize("GET", "/dir/index.html", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")!).Parameters);
        var second = AuthParameters.Parse(AuthParameters.SplitScheme(authenticator.Authorize("GET", "/dir/index.html")!).Parameters);

        Assert.True(accepted);
        Assert.Equal("Digest", authenticator.Scheme);
        Assert.Equal("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", first["response"]);
        Assert.Equal("00000001", first["nc"]);
        Assert.Equal("auth", first["qop"]);
        Assert.Equal("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", first["opaque"]);
        Assert.Equal("00000002", second["nc"]);
    }

    [Fact]
    public void A_second_challenge_is_answered_only_when_the_nonce_is_stale()
    {
        var authenticator = new AcsAuthenticator("u", "p");
        authenticator.Accept(["Digest realm=\"acs\", nonce=\"n1\", qop=\"auth\""]);

        Assert.False(authenticator.Accept(["Digest realm=\"acs\", nonce=\"n2\", qop=\"auth\""]));
        Assert.True(authenticator.Accept(["Digest realm=\"acs\", nonce=\"n3\", qop=\"auth\", stale=true"]));
        Assert.Contains("nonce=\"n3\"", authenticator.Authorize("POST", "/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_is_used_only_when_no_Digest_challenge_is_offered()
    {
        var both = new AcsAuthenticator("u", "p");
        var basicOnly = new AcsAuthenticator("u", "p");

        both.Accept(["Basic realm=\"acs\"", "Digest realm=\"acs\", nonce=\"n\""]);
        basicOnly.Accept(["Basic realm=\"acs\""]);

        Assert.Equal("Digest", both.Scheme);
        Assert.Equal("Basic dTpw", basicOnly.Authorize("POST", "/"));
    }

    [Fact]
    public void The_verifier_accepts_its_own_challenge_answered_correctly_and_nothing_else()
    {
        var verifier = new DigestVerifier("cpe", TimeProvider.System);
        var client = new AcsAuthenticator("acs", "pw");
        client.Accept([verifier.Challenge()]);
        var header = client.Authorize("GET", "/cr/1")!;

        Assert.True(verifier.Verify(header, "GET", "/cr/1", "acs", "pw"));
        Assert.False(verifier.Verify(header, "GET", "/cr/1", "acs", "other"));
        Assert.False(verifier.Verify(header, "GET", "/cr/2", "acs", "pw"));
        Assert.False(verifier.Verify(header.Replace("nonce=\"", "nonce=\"0", StringComparison.Ordinal), "GET", "/cr/1", "acs", "pw"));
        Assert.False(verifier.Verify("Basic YWNzOnB3", "GET", "/cr/1", "acs", "pw"));
    }
}
