using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class ValueAndArrayTests
{
    private static CwmpReadResult ReadValues(string values) => Envelopes.Read(Envelopes.Soap(
        $"<cwmp:GetParameterValuesResponse><ParameterList>{values}</ParameterList></cwmp:GetParameterValuesResponse>"));

    [Theory]
    [InlineData("xsi:type=\"xsd:boolean\"", XsdTypes.Boolean)]
    [InlineData("xsi:type=\"xsd:UnsignedInt\"", XsdTypes.UnsignedInt)]
    [InlineData("xsi:type=\"unsignedLong\"", XsdTypes.UnsignedLong)]
    [InlineData("xsi:type=\"xs:base64Binary\"", XsdTypes.Base64)]
    [InlineData("xsi:type=\"soap-enc:base64\"", XsdTypes.Base64)]
    [InlineData("type=\"xsd:dateTime\"", XsdTypes.DateTime)]
    [InlineData("xsi:type=\"xsd:IPAddress\"", XsdTypes.String)]
    [InlineData("", XsdTypes.String)]
    public void Value_types_are_normalised(string attribute, string expected)
    {
        var response = Assert.IsType<GetParameterValuesResponse>(ReadValues(
            $"<ParameterValueStruct><Name>Device.X</Name><Value {attribute}>v</Value></ParameterValueStruct>").Envelope!.Body);

        Assert.Equal(expected, response.ParameterList[0].Type);
    }

    [Fact]
    public void Value_text_is_kept_exactly_including_spaces_and_escapes()
    {
        var response = Assert.IsType<GetParameterValuesResponse>(ReadValues(
            "<ParameterValueStruct><Name>Device.X</Name><Value xsi:type=\"xsd:string\">  a &amp; b <![CDATA[<c>]]> </Value></ParameterValueStruct>").Envelope!.Body);

        Assert.Equal("  a & b <c> ", response.ParameterList[0].Value);
    }

    [Theory]
    [InlineData("cwmp:ParameterValueStruct[2]", 0)]
    [InlineData("cwmp:ParameterValueStruct[0002]", 0)]
    [InlineData("ParameterValueStruct[2]", 0)]
    [InlineData("cwmp:ParameterValueStruct[5]", 1)]
    [InlineData("cwmp:ParameterValueStruct[0]", 1)]
    [InlineData(null, 0)]
    public void Array_children_are_counted_and_a_wrong_declared_count_is_a_warning(string? arrayType, int warnings)
    {
        var attribute = arrayType is null ? "" : $" soap-enc:arrayType=\"{arrayType}\"";
        var result = Envelopes.Read(Envelopes.Soap(
            $"""
            <cwmp:GetParameterValuesResponse><ParameterList{attribute}>
            <ParameterValueStruct><Name>Device.A</Name><Value xsi:type="xsd:string">1</Value></ParameterValueStruct>
            <ParameterValueStruct><Name>Device.B</Name><Value xsi:type="xsd:string">2</Value></ParameterValueStruct>
            </ParameterList></cwmp:GetParameterValuesResponse>
            """));

        Assert.Equal(2, Assert.IsType<GetParameterValuesResponse>(result.Envelope!.Body).ParameterList.Count);
        Assert.Equal(warnings, result.Warnings.Count);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" 1 ", true)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    public void Booleans_accept_words_and_digits_in_any_case(string text, bool expected)
    {
        var message = Envelopes.ReadBody<GetParameterNames>(Envelopes.Soap(
            $"<cwmp:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>{text}</NextLevel></cwmp:GetParameterNames>"));

        Assert.Equal(expected, message.NextLevel);
    }

    [Fact]
    public void Argument_names_match_whatever_the_letter_case_and_order()
    {
        var message = Envelopes.ReadBody<ScheduleInform>(Envelopes.Soap(
            "<cwmp:ScheduleInform><commandKey>k</commandKey><DELAYSECONDS>\n 30\n</DELAYSECONDS></cwmp:ScheduleInform>"));

        Assert.Equal(new ScheduleInform(30, "k"), message);
    }

    [Fact]
    public void Unexpected_elements_inside_a_message_are_ignored()
    {
        var message = Envelopes.ReadBody<AddObjectResponse>(Envelopes.Soap(
            "<cwmp:AddObjectResponse><X_Vendor><Deep>1</Deep></X_Vendor><InstanceNumber>3</InstanceNumber><Status>0</Status></cwmp:AddObjectResponse>"));

        Assert.Equal(new AddObjectResponse(3, 0), message);
    }

    [Theory]
    [InlineData("2026-11-23T10:15:30Z")]
    [InlineData("2026-11-23T10:15:30")]
    [InlineData("2026-11-23T11:15:30+01:00")]
    [InlineData("2026-11-23T10:15:30.000000Z")]
    public void Date_times_are_read_in_the_forms_devices_send(string text)
    {
        var message = Envelopes.ReadBody<DownloadResponse>(Envelopes.Soap(
            $"<cwmp:DownloadResponse><Status>0</Status><StartTime>{text}</StartTime><CompleteTime>0001-01-01T00:00:00Z</CompleteTime></cwmp:DownloadResponse>"));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.Zero), message.StartTime);
        Assert.Null(message.CompleteTime);
    }

    [Fact]
    public void Unreadable_date_time_is_unknown_time_with_a_warning()
    {
        var result = Envelopes.Read(Envelopes.Soap(
            "<cwmp:DownloadResponse><Status>1</Status><StartTime>yesterday</StartTime><CompleteTime/></cwmp:DownloadResponse>"));

        Assert.Null(Assert.IsType<DownloadResponse>(result.Envelope!.Body).StartTime);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Set_parameter_attributes_with_empty_notification_means_no_change()
    {
        var message = Envelopes.ReadBody<SetParameterAttributes>(Envelopes.Soap("""
            <cwmp:SetParameterAttributes><ParameterList><SetParameterAttributesStruct>
            <Name>Device.A</Name><NotificationChange>0</NotificationChange><Notification/><AccessListChange>1</AccessListChange>
            <AccessList><string>Subscriber</string></AccessList>
            </SetParameterAttributesStruct></ParameterList></cwmp:SetParameterAttributes>
            """));

        Structural.AssertEqual(new SetParameterAttributesStruct("Device.A", false, 0, true, ["Subscriber"]), message.ParameterList[0]);
    }
}
