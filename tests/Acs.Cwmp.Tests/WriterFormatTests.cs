using System.Text;
using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class WriterFormatTests
{
    [Fact]
    public void Envelope_starts_with_the_envelope_itself_without_declaration_or_bom_and_declares_every_prefix()
    {
        var bytes = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp13, CwmpHeader.Empty, new GetRPCMethods()));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(
            """<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="urn:dslforum-org:cwmp-1-3"><soap-env:Body><cwmp:GetRPCMethods></cwmp:GetRPCMethods></soap-env:Body></soap-env:Envelope>""",
            text);
    }

    [Theory]
    [MemberData(nameof(SchemaValidationTests.Cases), MemberType = typeof(SchemaValidationTests))]
    public void No_envelope_the_writer_sends_carries_an_xml_declaration(int minor, int index)
    {
        var bytes = CwmpWriter.Write(new CwmpEnvelope(CwmpSchemas.NamespaceFor(minor), new CwmpHeader { Id = "1" }, SampleMessages.All[index]));

        Assert.StartsWith("<soap-env:Envelope ", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Header_carries_must_understand_where_the_schema_requires_it_and_never_no_more_requests()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp12,
            new CwmpHeader { Id = "id-1", HoldRequests = true, SessionTimeout = 30, SupportedCwmpVersions = ["1.0", "1.4"], UseCwmpVersion = "1.4", NoMoreRequests = true },
            new InformResponse()));

        Assert.Contains(
            """<soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">id-1</cwmp:ID><cwmp:HoldRequests soap-env:mustUnderstand="1">true</cwmp:HoldRequests><cwmp:SessionTimeout>30</cwmp:SessionTimeout><cwmp:SupportedCWMPVersions>1.0,1.4</cwmp:SupportedCWMPVersions><cwmp:UseCWMPVersion soap-env:mustUnderstand="1">1.4</cwmp:UseCWMPVersion></soap-env:Header>""",
            text, StringComparison.Ordinal);
        Assert.DoesNotContain("NoMoreRequests", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_requests_false_is_left_out()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp10, new CwmpHeader { Id = "1" }, new InformResponse()));

        Assert.DoesNotContain("HoldRequests", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_arrays_carry_a_zero_count_and_empty_strings_are_still_written()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty,
            new SetParameterAttributes([new SetParameterAttributesStruct("Device.A", false, 0, false, [])])));

        Assert.Contains(
            """<cwmp:SetParameterAttributes><ParameterList soap-enc:arrayType="cwmp:SetParameterAttributesStruct[1]"><SetParameterAttributesStruct><Name>Device.A</Name><NotificationChange>false</NotificationChange><Notification>0</Notification><AccessListChange>false</AccessListChange><AccessList soap-enc:arrayType="xsd:string[0]"></AccessList></SetParameterAttributesStruct></ParameterList></cwmp:SetParameterAttributes>""",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void Download_arguments_follow_schema_order_with_empty_elements_present()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty,
            new Download("k", "1 Firmware Upgrade Image", "http://f/x.bin", "", "", 0, "", 0, "", "")));

        Assert.Contains(
            "<cwmp:Download><CommandKey>k</CommandKey><FileType>1 Firmware Upgrade Image</FileType><URL>http://f/x.bin</URL><Username></Username><Password></Password><FileSize>0</FileSize><TargetFileName></TargetFileName><DelaySeconds>0</DelaySeconds><SuccessURL></SuccessURL><FailureURL></FailureURL></cwmp:Download>",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_carry_their_type_and_times_are_utc_without_fractions()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty,
            new Inform(SampleMessages.Phone, [], 1, new DateTimeOffset(2026, 1, 2, 5, 4, 5, 678, TimeSpan.FromHours(2)), 0,
                [new ParameterValueStruct("Device.A", "7", "unsignedint")])));

        Assert.Contains("<CurrentTime>2026-01-02T03:04:05Z</CurrentTime>", text, StringComparison.Ordinal);
        Assert.Contains("""<Value xsi:type="xsd:unsignedInt">7</Value>""", text, StringComparison.Ordinal);
        Assert.Contains("""<Event soap-enc:arrayType="cwmp:EventStruct[0]"></Event>""", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_time_is_written_for_absent_times()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty, new DownloadResponse(1, null, null)));

        Assert.Contains("<StartTime>0001-01-01T00:00:00Z</StartTime><CompleteTime>0001-01-01T00:00:00Z</CompleteTime>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault_has_the_soap_shape_with_cwmp_detail()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty,
            new CwmpFault(9003, "Invalid arguments", [new SetParameterValuesFault("Device.A", 9007, "Invalid parameter value")], "Client")));

        Assert.Contains(
            "<soap-env:Body><soap-env:Fault><faultcode>Client</faultcode><faultstring>CWMP fault</faultstring><detail><cwmp:Fault><FaultCode>9003</FaultCode><FaultString>Invalid arguments</FaultString><SetParameterValuesFault><ParameterName>Device.A</ParameterName><FaultCode>9007</FaultCode><FaultString>Invalid parameter value</FaultString></SetParameterValuesFault></cwmp:Fault></detail></soap-env:Fault></soap-env:Body>",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void Acs_invalid_arguments_fault_is_a_client_fault()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty, CwmpFault.Acs(FaultCodes.InvalidArguments, "Invalid arguments")));

        Assert.Contains("<faultcode>Client</faultcode>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_overload_writes_the_same_bytes()
    {
        var envelope = new CwmpEnvelope(CwmpNamespaces.Cwmp11, new CwmpHeader { Id = "3" }, SampleMessages.All[0]);
        using var stream = new MemoryStream();

        CwmpWriter.Write(envelope, stream);

        Assert.Equal(CwmpWriter.Write(envelope), stream.ToArray());
    }
}
