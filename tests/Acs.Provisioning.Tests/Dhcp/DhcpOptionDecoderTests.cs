using Acs.Provisioning.Dhcp;

namespace Acs.Provisioning.Tests.Dhcp;

public class DhcpOptionDecoderTests
{
    private static readonly AcsDiscovery FullDiscovery = new("https://acs.example.com:7547/cwmp", "VOICE01", 10, 3000);
    private static readonly GatewayAssociation Device = new("00562B", "FCH2222A0BC", "CP-8841-3PCC");

    public static TheoryData<string, int> ValidOptions() => new()
    {
        { HexText.WithColons(DhcpOptions.AcsDiscovery(FullDiscovery).ToBytes()), 43 },
        { HexText.Plain(DhcpOptions.VendorClass().ToBytes()), 60 },
        { HexText.Join(DhcpOptions.DeviceIdentity(Device).ToBytes(), '-'), 125 },
        { HexText.Plain(DhcpOptions.GatewayIdentity(new GatewayAssociation("0021A1", "GW0001", "RG-1000")).ToBytes()), 125 },
    };

    [Fact]
    public void Option_43_is_explained_sub_option_by_sub_option()
    {
        var hex = HexText.WithColons(DhcpOptions.AcsDiscovery(FullDiscovery).ToBytes());

        var decoded = Assert.IsType<DecodedOption>(DhcpOptionDecoder.DecodeVendorSpecific(hex));

        Assert.Equal(
            [
                new OptionField(0, 43, 54, "Option 43 Vendor-Specific Information", "54 bytes", "2b:36"),
                new OptionField(2, 1, 33, "ACS URL", "https://acs.example.com:7547/cwmp", HexText.WithColons([1, 33, .. "https://acs.example.com:7547/cwmp"u8])),
                new OptionField(37, 2, 7, "ProvisioningCode", "VOICE01", "02:07:56:4f:49:43:45:30:31"),
                new OptionField(46, 3, 2, "CWMPRetryMinimumWaitInterval", "10", "03:02:31:30"),
                new OptionField(50, 4, 4, "CWMPRetryIntervalMultiplier", "3000", "04:04:33:30:30:30"),
            ],
            decoded.Fields);
    }

    [Fact]
    public void Binary_retry_values_from_other_servers_are_shown_as_numbers()
    {
        // sub 3 as a two-byte big-endian integer 0x000a = 10
        var decoded = Assert.IsType<DecodedOption>(DhcpOptionDecoder.DecodeVendorSpecific("03:02:00:0a", OptionFraming.ValueOnly));

        Assert.Equal("10 (binary integer)", Assert.Single(decoded.Fields).Value);
    }

    [Fact]
    public void Option_125_names_the_enterprise_and_the_tr111_fields()
    {
        var hex = HexText.Plain(DhcpOptions.DeviceIdentity(Device).ToBytes());

        var decoded = Assert.IsType<DecodedOption>(DhcpOptionDecoder.DecodeVendorIdentifying(hex));

        Assert.Equal(
            ["Option 125 V-I Vendor-Specific Information", "Enterprise 3561 (Broadband Forum, TR-111)", "DeviceManufacturerOUI", "DeviceSerialNumber", "DeviceProductClass"],
            decoded.Fields.Select(f => f.Name));
        Assert.Equal(["40 bytes", "35 bytes of sub-options", "00562B", "FCH2222A0BC", "CP-8841-3PCC"], decoded.Fields.Select(f => f.Value));
        Assert.Equal([0, 2, 7, 15, 28], decoded.Fields.Select(f => f.Offset));
    }

    [Fact]
    public void Option_60_recognises_a_cwmp_client()
    {
        var decoded = Assert.IsType<DecodedOption>(DhcpOptionDecoder.DecodeVendorClass("3c0c64736c666f72756d2e6f7267"));

        Assert.Equal("dslforum.org", decoded.Fields[^1].Value);
        Assert.Contains("TR-069", decoded.Fields[^1].Name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValidOptions))]
    public void Encoded_options_decode_into_their_own_values(string hex, int code)
    {
        var result = code switch
        {
            43 => DhcpOptionDecoder.DecodeVendorSpecific(hex),
            60 => DhcpOptionDecoder.DecodeVendorClass(hex),
            _ => DhcpOptionDecoder.DecodeVendorIdentifying(hex),
        };

        var decoded = Assert.IsType<DecodedOption>(result);
        Assert.Equal(code, decoded.Fields[0].Code);
        // The fields tile the option: their raw bytes joined give back the input.
        Assert.Equal(hex.Replace(":", "").Replace("-", ""), string.Concat(decoded.Fields.Select(f => f.RawHex.Replace(":", ""))));
    }

    [Theory]
    [MemberData(nameof(ValidOptions))]
    public void Every_truncation_of_a_valid_option_is_rejected(string hex, int code)
    {
        Assert.True(HexText.TryParse(hex, out var bytes, out _));
        for (var length = 0; length < bytes.Length; length++)
        {
            var cut = HexText.Plain(bytes.AsSpan(0, length));
            var result = code switch
            {
                43 => DhcpOptionDecoder.DecodeVendorSpecific(cut),
                60 => DhcpOptionDecoder.DecodeVendorClass(cut),
                _ => DhcpOptionDecoder.DecodeVendorIdentifying(cut),
            };

            var rejected = Assert.IsType<RejectedOption>(result);
            Assert.Equal(length == 0 ? OptionRejectionReason.Empty : OptionRejectionReason.Truncated, rejected.Reason);
        }
    }

    [Fact]
    public void Every_truncation_of_an_option_125_value_is_rejected()
    {
        var value = DhcpOptions.DeviceIdentity(Device).Value;
        for (var length = 0; length < value.Length; length++)
        {
            var result = DhcpOptionDecoder.DecodeVendorIdentifying(HexText.Plain(value.AsSpan(0, length)), OptionFraming.ValueOnly);

            Assert.IsType<RejectedOption>(result);
        }
    }

    [Fact]
    public void Bytes_after_the_announced_length_are_rejected_as_trailing()
    {
        var result = DhcpOptionDecoder.DecodeVendorClass("3c0c64736c666f72756d2e6f726700");

        var rejected = Assert.IsType<RejectedOption>(result);
        Assert.Equal(OptionRejectionReason.TrailingBytes, rejected.Reason);
        Assert.Equal(14, rejected.Offset);
    }

    [Fact]
    public void A_value_longer_than_an_option_can_hold_is_rejected()
    {
        var result = DhcpOptionDecoder.DecodeVendorClass(new string('a', 512), OptionFraming.ValueOnly);

        Assert.Equal(OptionRejectionReason.TooLong, Assert.IsType<RejectedOption>(result).Reason);
    }

    [Fact]
    public void A_sub_option_overrunning_its_option_is_truncated_and_keeps_the_fields_before_it()
    {
        // sub 2 "AB" is fine, sub 1 announces 9 bytes but only 2 follow
        var result = DhcpOptionDecoder.DecodeVendorSpecific("02:02:41:42:01:09:41:42", OptionFraming.ValueOnly);

        var rejected = Assert.IsType<RejectedOption>(result);
        Assert.Equal(OptionRejectionReason.Truncated, rejected.Reason);
        Assert.Equal("AB", Assert.Single(rejected.FieldsBeforeFault).Value);
    }

    [Theory]
    [InlineData("3c:01:41", OptionRejectionReason.WrongOptionCode)]
    [InlineData("2b:0g", OptionRejectionReason.InvalidHex)]
    [InlineData("", OptionRejectionReason.Empty)]
    [InlineData("2b:03:ff:00:00", OptionRejectionReason.TrailingBytes)]
    public void Malformed_option_43_inputs_get_typed_rejections(string hex, OptionRejectionReason reason)
    {
        Assert.Equal(reason, Assert.IsType<RejectedOption>(DhcpOptionDecoder.DecodeVendorSpecific(hex)).Reason);
    }

    [Fact]
    public void Pad_and_end_sub_options_are_shown()
    {
        var decoded = Assert.IsType<DecodedOption>(DhcpOptionDecoder.DecodeVendorSpecific("00:02:01:41:ff", OptionFraming.ValueOnly));

        Assert.Equal(["Pad", "ProvisioningCode", "End"], decoded.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Unknown_enterprises_are_decoded_generically()
    {
        // enterprise 9 (Cisco), 3 bytes: sub 1 "x"
        var decoded = Assert.IsType<DecodedOption>(DhcpOptionDecoder.DecodeVendorIdentifying("00:00:00:09:03:01:01:78", OptionFraming.ValueOnly));

        Assert.Equal("Enterprise 9", decoded.Fields[0].Name);
        Assert.Equal("x", decoded.Fields[1].Value);
    }
}
