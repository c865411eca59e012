using System.Text;
using System.Xml.Linq;
using Acs.Provisioning.Profiles;

namespace Acs.Provisioning.Tests.Profiles;

public class FlatProfileTests
{
    [Fact]
    public void Later_layers_override_earlier_ones_in_the_given_order()
    {
        var layers = new[]
        {
            new ProfileLayer("default", [new("Resync_Periodic", "3600", UserAccess.NoAccess), new("Station_Name", "Phone")]),
            new ProfileLayer("models/CP-8851-3PCC", [new("Resync_Periodic", "7200")]),
            new ProfileLayer("tags/lobby", [new("Station_Name", "Lobby", UserAccess.ReadWrite)]),
            new ProfileLayer("macs/001234ab45de", [new("Station_Name", "Front desk")]),
        };

        var profile = FlatProfile.Merge(layers);

        Assert.Equal(["Resync_Periodic", "Station_Name"], profile.Parameters.Select(p => p.Name));
        Assert.Equal("7200", profile["Resync_Periodic"]!.Value);
        Assert.Equal(UserAccess.NoAccess, profile["Resync_Periodic"]!.Access);
        Assert.Equal("Front desk", profile["Station_Name"]!.Value);
        Assert.Equal(UserAccess.ReadWrite, profile["Station_Name"]!.Access);
    }

    [Fact]
    public void An_access_only_override_keeps_the_value_and_a_secret_stays_secret()
    {
        var profile = FlatProfile.Merge(
        [
            new ProfileLayer("default", [new("Password_1_", "s3cret", isSecret: true)]),
            new ProfileLayer("macs/001234ab45de", [new("Password_1_", null, UserAccess.NoAccess), new("Password_1_", "other")]),
        ]);

        var password = profile["Password_1_"]!;
        Assert.Equal("other", password.Value);
        Assert.Equal(UserAccess.NoAccess, password.Access);
        Assert.True(password.IsSecret);
    }

    [Fact]
    public void Layer_keys_run_from_default_to_the_mac()
    {
        Assert.Equal(
            ["default", "models/CP-8851-3PCC", "tags/lobby", "tags/emea", "macs/001234ab45de"],
            ProfileLayerKeys.For("CP-8851-3PCC", ["lobby", "emea"], MacAddress.Parse("00:12:34:AB:45:DE")));
    }

    [Fact]
    public void Rendering_produces_the_cisco_document_shape()
    {
        var profile = new FlatProfile(
        [
            new("Resync_On_Reset", "Yes", UserAccess.NoAccess),
            new("Dial_Plan_1_", "(S0 <:18005551212>)", UserAccess.ReadOnly),
            new("Station_Name", "Tom & Jerry's \"desk\"", UserAccess.ReadWrite),
            new("GPP_B", string.Empty),
            new("Speed_Dial_2_", null, UserAccess.ReadOnly),
        ]);

        var text = Encoding.UTF8.GetString(FlatProfileDocument.Render(profile));

        Assert.Equal(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <device>
              <flat-profile>
                <Resync_On_Reset ua="na">Yes</Resync_On_Reset>
                <Dial_Plan_1_ ua="ro">(S0 &lt;:18005551212&gt;)</Dial_Plan_1_>
                <Station_Name ua="rw">Tom &amp; Jerry's "desk"</Station_Name>
                <GPP_B></GPP_B>
                <Speed_Dial_2_ ua="ro" />
              </flat-profile>
            </device>

            """,
            text);
    }

    [Fact]
    public void Rendered_documents_are_utf8_without_a_byte_order_mark_and_parse_back()
    {
        var profile = new FlatProfile([new("Station_Name", "Café <1>")]);

        var bytes = FlatProfileDocument.Render(profile);

        Assert.NotEqual(0xEF, bytes[0]);
        var parsed = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal("Café <1>", parsed.Root!.Element("flat-profile")!.Element("Station_Name")!.Value);
    }

    [Fact]
    public void Masked_rendering_hides_secrets_only()
    {
        var profile = new FlatProfile([new("Password_1_", "s3cret", isSecret: true), new("User_ID_1_", "1001")]);

        var text = Encoding.UTF8.GetString(FlatProfileDocument.Render(profile, maskSecrets: true));

        Assert.Contains("<Password_1_>********</Password_1_>", text, StringComparison.Ordinal);
        Assert.Contains("<User_ID_1_>1001</User_ID_1_>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
        Assert.Contains("s3cret", Encoding.UTF8.GetString(FlatProfileDocument.Render(profile)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Resync On Reset", "Resync_On_Reset")]
    [InlineData("Dial Plan [1]", "Dial_Plan__1_")]
    [InlineData("Upgrade Rule (URL)", "Upgrade_Rule__URL_")]
    [InlineData("Line/Extension", "Line_Extension")]
    public void Web_field_names_become_element_names(string field, string expected)
    {
        Assert.Equal(expected, ProfileParameterNames.FromWebField(field));
    }

    [Fact]
    public void Indexed_names_carry_the_index_between_underscores()
    {
        Assert.Equal("Password_1_", ProfileParameterNames.Indexed("Password", 1));
        Assert.Equal("User_ID_2_", ProfileParameterNames.Indexed("User ID", 2));
    }

    [Theory]
    [InlineData("Enable_TR-069", true)]
    [InlineData("CWMP_V1.2_Support", true)]
    [InlineData("1st", false)]
    [InlineData("Bad Name", false)]
    [InlineData("a<b", false)]
    [InlineData("", false)]
    public void Element_names_are_validated(string name, bool valid)
    {
        Assert.Equal(valid, ProfileParameterNames.IsValid(name));
    }

    [Fact]
    public void Control_characters_in_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ProfileParameter("GPP_A", "a\u0001b"));
        Assert.Throws<ArgumentException>(() => new ProfileParameter("GPP_A", "ok") with { Value = "\u0000" });
    }
}
