using System.Text;
using Acs.Provisioning.Profiles;

namespace Acs.Provisioning.Tests.Profiles;

public class BootstrapTests
{
    [Fact]
    public void The_bootstrap_document_points_profile_rule_at_the_per_device_url()
    {
        var text = Encoding.UTF8.GetString(BootstrapProfile.Render("https://prov.example.com/cisco/"));

        Assert.Contains("<Profile_Rule ua=\"na\">https://prov.example.com/cisco/$MA.xml</Profile_Rule>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prov.example.com")]
    [InlineData("ftp://prov.example.com/")]
    public void A_base_url_the_phone_cannot_use_is_refused(string url)
    {
        Assert.Throws<ArgumentException>(() => BootstrapProfile.Create(url));
    }

    [Theory]
    [InlineData("/8851-3PCC.xml", "8851-3PCC", null, null)]
    [InlineData("8841-3PCC.xml", "8841-3PCC", null, null)]
    [InlineData("/Cisco/CP-8851-3PCC/001234ab45de.cfg", "8851-3PCC", "CP-8851-3PCC", "001234ab45de")]
    [InlineData("Cisco/CP-7832-3PCC/001234AB45DE.cfg", "7832-3PCC", "CP-7832-3PCC", "001234ab45de")]
    public void Bootstrap_paths_are_recognised(string path, string series, string? productName, string? mac)
    {
        Assert.True(BootstrapRequest.TryParse(path, out var request));
        Assert.Equal(series, request.ProductSeries);
        Assert.Equal(productName, request.ProductName);
        Assert.Equal(mac, request.Mac?.ToString());
    }

    [Theory]
    [InlineData("/cisco/001234ab45de.xml")]
    [InlineData("/8851.xml")]
    [InlineData("/Cisco/CP-8851-3PCC/001234ab45.cfg")]
    [InlineData("/../8851-3PCC.xml")]
    public void Other_paths_are_not_bootstrap_requests(string path)
    {
        Assert.False(BootstrapRequest.TryParse(path, out _));
    }

    [Fact]
    public void Bootstrap_paths_are_built_the_way_the_phone_asks()
    {
        Assert.Equal("/8851-3PCC.xml", BootstrapRequest.SeriesPath(new PhoneIdentity(default, "CP-8851-3PCC").ProductSeries));
        Assert.Equal("/Cisco/CP-8851-3PCC/001234ab45de.cfg", BootstrapRequest.DevicePath("CP-8851-3PCC", MacAddress.Parse("00:12:34:ab:45:de")));
    }
}
