using System.Text;
using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class HostileInputTests
{
    [Fact]
    public void External_entity_is_refused_without_reading_the_file()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"cwmp-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-MARKER");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE e [ <!ENTITY secret SYSTEM "{new Uri(secret).AbsoluteUri}"> ]>
                {Envelopes.Soap("<cwmp:Reboot><CommandKey>&secret;</CommandKey></cwmp:Reboot>")}
                """;

            var result = Envelopes.Read(xml);

            Assert.Equal(CwmpRejection.DtdProhibited, result.Rejection);
            Assert.DoesNotContain("TOP-SECRET-MARKER", result.Detail, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Passwd_entity_is_refused()
    {
        var xml = "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                  + Envelopes.Soap("<cwmp:Reboot><CommandKey>&xxe;</CommandKey></cwmp:Reboot>");

        var result = Envelopes.Read(xml);

        Assert.Equal(CwmpRejection.DtdProhibited, result.Rejection);
        Assert.DoesNotContain("root:", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_is_refused()
    {
        var entities = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">");
        }

        entities.Append("]>");
        var result = Envelopes.Read(entities + Envelopes.Soap("<cwmp:Reboot><CommandKey>&lol9;</CommandKey></cwmp:Reboot>"));

        Assert.Equal(CwmpRejection.DtdProhibited, result.Rejection);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\r\n\r\n")]
    [InlineData("\0")]
    [InlineData("hello, ACS")]
    [InlineData("{\"method\":\"Inform\"}")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<a><b></a>")]
    [InlineData("<soap-env:Envelope>")]
    public void Text_that_is_not_well_formed_xml_is_malformed(string body)
    {
        var result = Envelopes.Read(body);

        Assert.Equal(CwmpRejection.MalformedXml, result.Rejection);
        Assert.False(string.IsNullOrEmpty(result.Detail));
    }

    [Fact]
    public void Empty_body_has_no_message()
    {
        Assert.Equal(CwmpRejection.MissingBody, CwmpReader.Read([]).Rejection);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("<Envelope><Body/></Envelope>")]
    [InlineData("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body/></s:Envelope>")]
    public void Well_formed_xml_that_is_not_a_soap_1_1_envelope_is_rejected(string body)
    {
        Assert.Equal(CwmpRejection.NotAnEnvelope, Envelopes.Read(body).Rejection);
    }

    [Theory]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"/>")]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header/></s:Envelope>")]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body/></s:Envelope>")]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>  <!-- nothing --> </s:Body></s:Envelope>")]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\"urn:dslforum-org:cwmp-1-0\"><s:Body><c:GetRPCMethods/><c:GetRPCMethods/></s:Body></s:Envelope>")]
    [InlineData("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\"urn:dslforum-org:cwmp-1-0\"><s:Body><c:GetRPCMethods/></s:Body><s:Body><c:Reboot/></s:Body></s:Envelope>")]
    public void Envelope_without_exactly_one_message_is_rejected(string body)
    {
        var result = Envelopes.Read(body);

        Assert.Equal(CwmpRejection.MissingBody, result.Rejection);
        Assert.False(string.IsNullOrEmpty(result.Detail));
    }

    [Fact]
    public void Malformed_tail_wins_over_an_early_rejection()
    {
        var result = Envelopes.Read(Envelopes.Soap("<cwmp:Reboot/>") + "<trailing>");

        Assert.Equal(CwmpRejection.MalformedXml, result.Rejection);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_refused_rather_than_replaced_and_the_message_is_named()
    {
        var bytes = Encoding.UTF8.GetBytes(Envelopes.Soap("<cwmp:Reboot><CommandKey>Q</CommandKey></cwmp:Reboot>"));
        bytes[Array.IndexOf(bytes, (byte)'Q')] = 0xC3;

        var result = CwmpReader.Read(bytes);

        Assert.Equal(CwmpRejection.InvalidCharacters, result.Rejection);
        Assert.Equal("Reboot", result.Method);
        Assert.Contains("0xC3", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0xE9)]
    [InlineData(0xE8)]
    public void A_serial_number_in_an_undeclared_charset_is_refused_so_two_devices_never_read_alike(byte latin1)
    {
        var xml = Envelopes.Soap("<cwmp:Inform><DeviceId><OUI>00AABB</OUI><SerialNumber>SN#001</SerialNumber></DeviceId></cwmp:Inform>");
        var bytes = Encoding.UTF8.GetBytes(xml);
        bytes[Array.IndexOf(bytes, (byte)'#')] = latin1;

        var undeclared = CwmpReader.Read(bytes);
        var declared = CwmpReader.Read(bytes, "iso-8859-1");

        Assert.Equal(CwmpRejection.InvalidCharacters, undeclared.Rejection);
        Assert.Equal("Inform", undeclared.Method);
        Assert.Equal("SN" + (char)latin1 + "001", Assert.IsType<Inform>(declared.Envelope!.Body).DeviceId.SerialNumber);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("ibm037")]
    [InlineData("x-klingon")]
    public void A_charset_the_runtime_lacks_is_an_unsupported_charset(string charset)
    {
        var result = Envelopes.Read(Envelopes.Soap("<cwmp:GetRPCMethods/>"), charset);

        Assert.Equal(CwmpRejection.UnsupportedCharset, result.Rejection);
    }

    [Fact]
    public void A_message_with_more_list_items_than_allowed_is_refused_and_named()
    {
        var values = string.Concat(Enumerable.Range(0, 11).Select(i => $"<ParameterValueStruct><Name>D.P{i}</Name><Value>1</Value></ParameterValueStruct>"));
        var xml = Envelopes.Soap($"<cwmp:GetParameterValuesResponse><ParameterList>{values}</ParameterList></cwmp:GetParameterValuesResponse>");

        var refused = CwmpReader.Read(Encoding.UTF8.GetBytes(xml), maxListItems: 10);
        var read = CwmpReader.Read(Encoding.UTF8.GetBytes(xml), maxListItems: 11);

        Assert.Equal(CwmpRejection.TooManyItems, refused.Rejection);
        Assert.Equal("GetParameterValuesResponse", refused.Method);
        Assert.Contains("more than 10", refused.Detail, StringComparison.Ordinal);
        Assert.Equal(11, Assert.IsType<GetParameterValuesResponse>(read.Envelope!.Body).ParameterList.Count);
    }
}
