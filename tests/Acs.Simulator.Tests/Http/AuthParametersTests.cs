using Acs.Simulator.Http;

namespace Acs.Simulator.Tests.Http;

public class AuthParametersTests
{
    [Fact]
    public void Quoted_values_keep_commas_and_escaped_quotes_and_tokens_are_trimmed()
    {
        var values = AuthParameters.Parse("realm=\"a, \\\"b\\\"\", qop=\"auth,auth-int\" ,  nc=00000001,algorithm=MD5");

        Assert.Equal("a, \"b\"", values["realm"]);
        Assert.Equal("auth,auth-int", values["qop"]);
        Assert.Equal("00000001", values["NC"]);
        Assert.Equal("MD5", values["algorithm"]);
    }

    [Fact]
    public void Quote_escapes_what_Parse_unescapes()
    {
        var text = "x\"y\\z";

        Assert.Equal(text, AuthParameters.Parse("v=" + AuthParameters.Quote(text))["v"]);
    }

    [Fact]
    public void A_challenge_without_a_nonce_is_not_a_digest_challenge()
    {
        Assert.Null(DigestChallenge.Parse("realm=\"acs\""));
        Assert.Equal("MD5", DigestChallenge.Parse("realm=\"acs\", nonce=\"n\"")!.Algorithm);
    }
}
