using System.Text;
using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

// The same Inform as four different firmware stacks write it.
public class VendorInformTests
{
    private static readonly Inform Expected = new(
        new DeviceIdStruct("Acme", "00A0BC", "IAD-2", "A1B2C3"),
        [new EventStruct(EventCodes.Boot, ""), new EventStruct(EventCodes.MReboot, "reboot-42")],
        1,
        new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.Zero),
        0,
        [
            new ParameterValueStruct("InternetGatewayDevice.DeviceInfo.HardwareVersion", "HW 1.0"),
            new ParameterValueStruct("InternetGatewayDevice.ManagementServer.PeriodicInformInterval", "3600", XsdTypes.UnsignedInt),
            new ParameterValueStruct("InternetGatewayDevice.ManagementServer.ConnectionRequestURL", "http://192.0.2.10:7547/cr"),
        ]);

    [Theory]
    [InlineData("upper-case-prefixes-inform.xml", CwmpNamespaces.Cwmp10)]
    [InlineData("single-line-inform.xml", CwmpNamespaces.Cwmp10)]
    [InlineData("default-namespace-inform.xml", CwmpNamespaces.Cwmp11)]
    [InlineData("soapenv-prefixed-children-inform.xml", CwmpNamespaces.Cwmp12)]
    public void Vendor_inform_is_read_as_the_same_message_in_the_namespace_it_used(string file, string ns)
    {
        var result = CwmpReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Vendor", file)));

        Assert.True(result.Success, $"{result.Rejection}: {result.Detail}");
        Assert.Equal(ns, result.Envelope!.CwmpNamespace);
        Structural.AssertEqual(Expected, result.Envelope.Body);
    }

    [Fact]
    public void Upper_case_prefixes_keep_the_header_id_exactly()
    {
        var envelope = CwmpReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Vendor", "upper-case-prefixes-inform.xml"))).Envelope!;

        Assert.Equal("1804289383", envelope.Header.Id);
    }

    [Fact]
    public void Lower_case_sessionTimeout_and_1999_schema_namespaces_are_understood()
    {
        var result = CwmpReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Vendor", "soapenv-prefixed-children-inform.xml")));

        Assert.Equal(45u, result.Envelope!.Header.SessionTimeout);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Values_without_type_are_strings_and_the_deviation_is_reported_once()
    {
        var result = CwmpReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Vendor", "default-namespace-inform.xml")));

        Assert.Single(result.Warnings, w => w.Contains("xsi:type", StringComparison.Ordinal));
        Assert.Null(result.Envelope!.Header.Id);
    }

    [Fact]
    public void Inform_with_no_events_and_unknown_time_is_read()
    {
        var inform = Envelopes.ReadBody<Inform>(Envelopes.Soap("""
            <cwmp:Inform><DeviceId><Manufacturer>A</Manufacturer><OUI>00A0BC</OUI><ProductClass></ProductClass><SerialNumber>1</SerialNumber></DeviceId>
            <Event soap-enc:arrayType="cwmp:EventStruct[0]"></Event><MaxEnvelopes>1</MaxEnvelopes>
            <CurrentTime>0001-01-01T00:00:00Z</CurrentTime><RetryCount>2</RetryCount>
            <ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[0]"/></cwmp:Inform>
            """));

        Assert.Empty(inform.Event);
        Assert.Null(inform.CurrentTime);
        Assert.Equal(2u, inform.RetryCount);
        Assert.Equal("", inform.DeviceId.ProductClass);
    }

    [Fact]
    public void Absent_optional_inform_arguments_take_their_defaults()
    {
        var inform = Envelopes.ReadBody<Inform>(Envelopes.Soap(
            "<cwmp:Inform><DeviceId><OUI>00A0BC</OUI><SerialNumber>1</SerialNumber></DeviceId><Event/><ParameterList/></cwmp:Inform>"));

        Assert.Equal(1u, inform.MaxEnvelopes);
        Assert.Equal(0u, inform.RetryCount);
        Assert.Null(inform.CurrentTime);
        Assert.Equal("", inform.DeviceId.Manufacturer);
    }

    [Theory]
    [InlineData("ISO-8859-1", "ISO-8859-1")]
    [InlineData("\"iso-8859-1\"", "UTF-8")]
    [InlineData(null, "ISO-8859-1")]
    public void Latin_1_body_is_decoded_by_content_type_charset_before_the_declaration(string? charset, string declared)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"{declared}\"?>" + Envelopes.Soap(
            "<cwmp:Inform><DeviceId><Manufacturer>Téléphones Müller</Manufacturer><OUI>00A0BC</OUI><SerialNumber>1</SerialNumber></DeviceId></cwmp:Inform>");

        var inform = Assert.IsType<Inform>(CwmpReader.Read(Encoding.Latin1.GetBytes(xml), charset).Envelope!.Body);

        Assert.Equal("Téléphones Müller", inform.DeviceId.Manufacturer);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_stripped()
    {
        var xml = Envelopes.Soap("<cwmp:Reboot><CommandKey>ü</CommandKey></cwmp:Reboot>");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(xml)).ToArray();

        var reboot = Assert.IsType<Reboot>(CwmpReader.Read(bytes, "utf-8").Envelope!.Body);

        Assert.Equal("ü", reboot.CommandKey);
    }

    [Fact]
    public void Utf16_body_with_byte_order_mark_is_read()
    {
        var xml = Envelopes.Soap("<cwmp:Reboot><CommandKey>k</CommandKey></cwmp:Reboot>");
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

        Assert.IsType<Reboot>(CwmpReader.Read(bytes).Envelope!.Body);
    }

    [Fact]
    public void Unknown_charset_is_rejected()
    {
        var result = Envelopes.Read(Envelopes.Soap("<cwmp:GetRPCMethods/>"), "x-klingon");

        Assert.Equal(CwmpRejection.UnsupportedCharset, result.Rejection);
        Assert.Contains("x-klingon", result.Detail, StringComparison.Ordinal);
    }
}
