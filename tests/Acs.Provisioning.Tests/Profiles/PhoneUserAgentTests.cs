using Acs.Provisioning.Profiles;

namespace Acs.Provisioning.Tests.Profiles;

public class PhoneUserAgentTests
{
    [Theory]
    [InlineData("Cisco-CP-8851-3PCC/12.0.1 (00562b043615)", "CP-8851-3PCC", "8851", "12.0.1", "00562b043615")]
    [InlineData("Cisco-CP-8841-3PCC/11.0 (00562b043615)", "CP-8841-3PCC", "8841", "11.0", "00562b043615")]
    [InlineData("Cisco-CP-7832-3PCC/11.0.1 (00562B043615)", "CP-7832-3PCC", "7832", "11.0.1", "00562b043615")]
    [InlineData("Cisco-CP-8845-3PCC/11.3.7(00562b043615)", "CP-8845-3PCC", "8845", "11.3.7", "00562b043615")]
    [InlineData("Cisco-CP-6871-3PCC/11.2.3", "CP-6871-3PCC", "6871", "11.2.3", null)]
    public void Cisco_user_agents_give_product_firmware_and_mac(string userAgent, string productName, string model, string version, string? mac)
    {
        Assert.True(PhoneUserAgent.TryParse(userAgent, out var parsed));
        Assert.Equal(productName, parsed.ProductName);
        Assert.Equal(model, parsed.Model);
        Assert.Equal(version, parsed.FirmwareVersion);
        Assert.Equal(mac, parsed.Mac?.ToString());
        Assert.Equal(productName[3..], parsed.ProductSeries);
    }

    [Fact]
    public void A_parenthesised_value_that_is_not_a_mac_is_kept_as_identifier()
    {
        Assert.True(PhoneUserAgent.TryParse("Cisco-CP-8851-3PCC/12.0.1 (FCH2222A0BC)", out var parsed));
        Assert.Null(parsed.Mac);
        Assert.Equal("FCH2222A0BC", parsed.Identifier);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mozilla/5.0")]
    [InlineData("Cisco-CP-8851/12.0.1 (00562b043615)")]
    [InlineData("Linksys/SPA942-6.1.5(a)")]
    public void Other_user_agents_are_not_recognised(string? userAgent)
    {
        Assert.False(PhoneUserAgent.TryParse(userAgent, out _));
    }
}
