using Acs.Provisioning.Profiles;

namespace Acs.Provisioning.Tests.Profiles;

public class MacAddressTests
{
    [Theory]
    [InlineData("001234ab45de")]
    [InlineData("001234AB45DE")]
    [InlineData("00:12:34:ab:45:de")]
    [InlineData("00-12-34-AB-45-DE")]
    [InlineData("0012.34ab.45de")]
    [InlineData(" 00:12:34:AB:45:DE ")]
    public void Common_spellings_normalise_to_twelve_lower_case_digits(string text)
    {
        Assert.True(MacAddress.TryParse(text, out var mac));
        Assert.Equal("001234ab45de", mac.ToString());
        Assert.Equal("00:12:34:ab:45:de", mac.Colons);
        Assert.Equal("001234AB45DE", mac.Upper);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("001234ab45d")]
    [InlineData("001234ab45dg")]
    [InlineData("00:12:34-ab:45:de")]
    [InlineData("0:012:34:ab:45:de")]
    [InlineData("001234ab45de00")]
    public void Anything_else_is_not_a_mac(string? text)
    {
        Assert.False(MacAddress.TryParse(text, out _));
    }
}
