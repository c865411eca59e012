using Acs.Provisioning.Profiles;

namespace Acs.Provisioning.Tests.Profiles;

public class PhoneMacrosTests
{
    private static readonly PhoneIdentity Phone = new(MacAddress.Parse("000e08aabbcc"), "CP-8851-3PCC", "FCH2222A0BC");

    [Theory]
    [InlineData("https://p.example.com/$MA.xml", "https://p.example.com/000e08aabbcc.xml")]
    [InlineData("cisco$MAU", "cisco000E08AABBCC")]
    [InlineData("$MAC", "00:0e:08:aa:bb:cc")]
    [InlineData("/Cisco/$PN/$MA.cfg", "/Cisco/CP-8851-3PCC/000e08aabbcc.cfg")]
    [InlineData("/$PSN.xml", "/8851-3PCC.xml")]
    [InlineData("sn=$SN", "sn=FCH2222A0BC")]
    [InlineData("$(MA).xml", "000e08aabbcc.xml")]
    [InlineData("$(PN:3)", "8851-3PCC")]
    [InlineData("$(MA:6:6)", "aabbcc")]
    [InlineData("$(MA:20)", "")]
    [InlineData("cost $$5", "cost $5")]
    [InlineData("$$MA", "$MA")]
    [InlineData("?st=$PRVST&v=$SWVER", "?st=$PRVST&v=$SWVER")]
    [InlineData("$STRANGE $(STRANGE) $(MA:x)", "$STRANGE $(STRANGE) $(MA:x)")]
    [InlineData("trailing $", "trailing $")]
    [InlineData("$(MA", "$(MA")]
    [InlineData("$PN$MA", "CP-8851-3PCC000e08aabbcc")]
    public void Phone_macros_are_expanded_and_others_left_for_the_phone(string text, string expected)
    {
        Assert.Equal(expected, PhoneMacros.Expand(text, Phone));
    }

    [Fact]
    public void An_unknown_serial_number_stays_for_the_phone_to_expand()
    {
        var phone = Phone with { SerialNumber = null };

        Assert.Equal("$SN", PhoneMacros.Expand("$SN", phone));
    }

    [Fact]
    public void Expansion_applies_to_every_value_of_a_profile()
    {
        var profile = new FlatProfile([new("Station_Name", "$PN"), new("GPP_B", null, UserAccess.ReadOnly)]);

        var expanded = PhoneMacros.ExpandAll(profile, Phone);

        Assert.Equal("CP-8851-3PCC", expanded["Station_Name"]!.Value);
        Assert.Null(expanded["GPP_B"]!.Value);
    }
}
