using System.Net;
using Acs.Provisioning.Dhcp;

namespace Acs.Provisioning.Tests.Dhcp;

public class DhcpOptionEncodingTests
{
    private static readonly AcsDiscovery FullDiscovery = new("https://acs.example.com:7547/cwmp", "VOICE01", 10, 3000);

    [Fact]
    public void Option_43_carries_the_four_cwmp_sub_options_as_text()
    {
        // 2b 36            option 43, 54 bytes = (2+33) + (2+7) + (2+2) + (2+4)
        // 01 21 ...        sub 1, 33 bytes "https://acs.example.com:7547/cwmp"
        // 02 07 ...        sub 2, 7 bytes "VOICE01"
        // 03 02 31 30      sub 3, "10"
        // 04 04 33 30 30 30 sub 4, "3000"
        const string expected =
            "2b36" +
            "0121" + "68747470733a2f2f6163732e6578616d706c652e636f6d3a373534372f63776d70" +
            "0207" + "564f4943453031" +
            "0302" + "3130" +
            "0404" + "33303030";

        var option = DhcpOptions.AcsDiscovery(FullDiscovery);

        Assert.Equal(expected, HexText.Plain(option.ToBytes()));
    }

    [Fact]
    public void Option_43_with_only_a_url_has_a_single_sub_option()
    {
        // 2b 10 | 01 0e "http://acs/ws1" (14 bytes) -> option length 16
        var option = DhcpOptions.AcsDiscovery(new AcsDiscovery("http://acs/ws1"));

        Assert.Equal("2b10010e687474703a2f2f6163732f777331", HexText.Plain(option.ToBytes()));
    }

    [Fact]
    public void Option_60_is_the_forum_vendor_class()
    {
        // 3c 0c "dslforum.org"
        Assert.Equal("3c0c64736c666f72756d2e6f7267", HexText.Plain(DhcpOptions.VendorClass().ToBytes()));
    }

    [Fact]
    public void Option_125_from_a_device_carries_its_tr111_identity()
    {
        // 7d 28 | 00 00 0d e9 (enterprise 3561) | 23 (35 bytes of data)
        // 01 06 "00562B" | 02 0b "FCH2222A0BC" | 03 0c "CP-8841-3PCC"
        const string expected =
            "7d28" + "00000de9" + "23" +
            "0106" + "303035363242" +
            "020b" + "4643483232323241304243" +
            "030c" + "43502d383834312d33504343";

        var option = DhcpOptions.DeviceIdentity(new GatewayAssociation("00562B", "FCH2222A0BC", "CP-8841-3PCC"));

        Assert.Equal(expected, HexText.Plain(option.ToBytes()));
    }

    [Fact]
    public void Option_125_from_a_gateway_uses_sub_options_four_to_six()
    {
        var option = DhcpOptions.GatewayIdentity(new GatewayAssociation("0021A1", "GW0001", "RG-1000"));

        Assert.Equal(
            "7D 1E 00 00 0D E9 19 04 06 30 30 32 31 41 31 05 06 47 57 30 30 30 31 06 07 52 47 2D 31 30 30 30",
            HexText.Join(option.ToBytes(), ' ').ToUpperInvariant());
    }

    [Fact]
    public void Option_150_lists_ipv4_addresses_four_bytes_each()
    {
        var option = DhcpOptions.CiscoTftpServers([IPAddress.Parse("10.23.45.67"), IPAddress.Parse("192.0.2.1")]);

        // 96 08 | 0a 17 2d 43 | c0 00 02 01
        Assert.Equal("96080a172d43c0000201", HexText.Plain(option.ToBytes()));
    }

    [Fact]
    public void Option_150_refuses_ipv6_addresses()
    {
        Assert.Throws<ArgumentException>(() => DhcpOptions.CiscoTftpServers([IPAddress.IPv6Loopback]));
    }

    [Theory]
    [InlineData(66, "tftp.example.com", "42" + "10" + "746674702e6578616d706c652e636f6d")]
    [InlineData(159, "http://p/x", "9f" + "0a" + "687474703a2f2f702f78")]
    [InlineData(160, "https://p/", "a0" + "0a" + "68747470733a2f2f702f")]
    public void Text_options_for_phones_are_plain_ascii(int code, string value, string expected)
    {
        var option = code switch
        {
            66 => DhcpOptions.TftpServerName(value),
            159 => DhcpOptions.CiscoProvisioningServer(value),
            _ => DhcpOptions.CiscoProvisioningUrl(value),
        };

        Assert.Equal(expected, HexText.Plain(option.ToBytes()));
    }

    [Fact]
    public void Dhcpv6_option_16_matches_the_reference_bytes()
    {
        Assert.Equal(
            "00 10 00 12 00 00 0D E9 00 0C 64 73 6C 66 6F 72 75 6D 2E 6F 72 67",
            HexText.Join(Dhcp6Options.VendorClass().ToBytes(), ' ').ToUpperInvariant());
    }

    [Fact]
    public void Dhcpv6_option_17_uses_two_byte_sub_option_codes_and_lengths()
    {
        var option = Dhcp6Options.AcsDiscovery(new AcsDiscovery("https://acs.example.com:7547/cwmp"));

        Assert.Equal(
            "00 11 00 29 00 00 0D E9 00 01 00 21 68 74 74 70 73 3A 2F 2F 61 63 73 2E 65 78 61 6D 70 6C 65 2E 63 6F 6D 3A 37 35 34 37 2F 63 77 6D 70",
            HexText.Join(option.ToBytes(), ' ').ToUpperInvariant());
    }

    [Fact]
    public void A_url_too_long_for_one_option_is_refused()
    {
        var discovery = new AcsDiscovery("https://" + new string('a', 260));

        Assert.Throws<ArgumentException>(() => DhcpOptions.AcsDiscovery(discovery));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(null, 999)]
    [InlineData(65536, null)]
    public void Retry_values_outside_the_tr069_ranges_are_refused(int? wait, int? multiplier)
    {
        var discovery = new AcsDiscovery("http://acs/", null, wait, multiplier);

        Assert.Throws<ArgumentOutOfRangeException>(() => DhcpOptions.AcsDiscovery(discovery));
    }

    [Theory]
    [InlineData("dslforum.org", true)]
    [InlineData("eRouter1.0 dslforum.org", true)]
    [InlineData("CP-8841-3PCC", false)]
    public void Cwmp_vendor_class_is_matched_as_a_substring(string vendorClass, bool expected)
    {
        Assert.Equal(expected, CwmpSubOptions.IsCwmpVendorClass(vendorClass));
    }

    [Fact]
    public void Hex_is_rendered_with_colons_and_plain()
    {
        byte[] bytes = [0x01, 0x1c, 0x68];

        Assert.Equal("01:1c:68", HexText.WithColons(bytes));
        Assert.Equal("011c68", HexText.Plain(bytes));
    }

    [Theory]
    [InlineData("01:1c:68")]
    [InlineData("01-1C-68")]
    [InlineData("01 1c 68")]
    [InlineData("0x011c68")]
    [InlineData("011C68")]
    public void Hex_is_read_with_or_without_separators(string text)
    {
        Assert.True(HexText.TryParse(text, out var bytes, out _));
        Assert.Equal(new byte[] { 0x01, 0x1c, 0x68 }, bytes);
    }

    [Theory]
    [InlineData("1:1c:68")]
    [InlineData("011c6")]
    [InlineData("01:zz")]
    public void Malformed_hex_is_reported(string text)
    {
        Assert.False(HexText.TryParse(text, out _, out var error));
        Assert.NotEmpty(error);
    }
}
