using System.Text;
using Acs.Simulator.Http;

namespace Acs.Simulator.Tests.Http;

public class RequestHeadTests
{
    private static readonly byte[] Valid = Encoding.ASCII.GetBytes(
        "GET /cr/abc?x=1 HTTP/1.1\r\nHost: 127.0.0.1:7547\r\nAuthorization: Digest a=b\r\n\r\nGET /next");

    [Fact]
    public void A_complete_head_is_read_with_its_headers_and_what_follows_is_left()
    {
        var status = RequestHead.TryParse(Valid, out var head, out var consumed);

        Assert.Equal(RequestHeadStatus.Complete, status);
        Assert.Equal("GET", head!.Method);
        Assert.Equal("/cr/abc?x=1", head.Target);
        Assert.Equal("/cr/abc", head.Path);
        Assert.Equal("Digest a=b", head.Header("authorization"));
        Assert.Equal("GET /next", Encoding.ASCII.GetString(Valid, consumed, Valid.Length - consumed));
    }

    [Fact]
    public void Every_truncation_of_a_head_needs_more_data()
    {
        var end = Valid.Length - "GET /next".Length;
        for (var length = 0; length < end; length++)
        {
            Assert.Equal(RequestHeadStatus.NeedMoreData, RequestHead.TryParse(Valid.AsSpan(0, length), out _, out _));
        }
    }

    [Theory]
    [InlineData("GET /\r\n\r\n")]
    [InlineData("GET / SPDY/3\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nno colon here\r\n\r\n")]
    public void A_head_that_is_not_HTTP_1_is_malformed(string text)
    {
        Assert.Equal(RequestHeadStatus.Malformed, RequestHead.TryParse(Encoding.ASCII.GetBytes(text), out _, out _));
    }
}
