using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class HeaderAndNamespaceTests
{
    [Theory]
    [InlineData(CwmpNamespaces.Cwmp13)]
    [InlineData(CwmpNamespaces.Cwmp14)]
    [InlineData("urn:dslforum-org:cwmp-1-5")]
    public void Envelope_namespace_is_the_exact_uri_of_the_method_element(string ns)
    {
        var envelope = Envelopes.ReadOk(Envelopes.Soap("<cwmp:GetRPCMethods/>", ns));

        Assert.Equal(ns, envelope.CwmpNamespace);
        Assert.IsType<GetRPCMethods>(envelope.Body);
    }

    [Fact]
    public void Fault_without_cwmp_body_element_takes_the_namespace_of_the_header()
    {
        var xml = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:dslforum-org:cwmp-1-4">
            <s:Header><c:ID s:mustUnderstand="1">9</c:ID></s:Header>
            <s:Body><s:Fault><faultcode>Server</faultcode><faultstring>busy</faultstring></s:Fault></s:Body></s:Envelope>
            """;

        Assert.Equal(CwmpNamespaces.Cwmp14, Envelopes.ReadOk(xml).CwmpNamespace);
    }

    [Fact]
    public void Without_any_cwmp_element_the_namespace_defaults_to_cwmp_1_0()
    {
        var xml = """<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>""";

        Assert.Equal(CwmpNamespaces.Cwmp10, Envelopes.ReadOk(xml).CwmpNamespace);
    }

    [Fact]
    public void Header_values_are_read_with_versions_trimmed()
    {
        var header = Envelopes.ReadOk(Envelopes.Soap("<cwmp:GetRPCMethods/>", CwmpNamespaces.Cwmp12, """
            <cwmp:ID soap-env:mustUnderstand="1"> spaced id </cwmp:ID>
            <cwmp:HoldRequests soap-env:mustUnderstand="1">1</cwmp:HoldRequests>
            <cwmp:SessionTimeout> 60 </cwmp:SessionTimeout>
            <cwmp:SupportedCWMPVersions soap-env:mustUnderstand="0">1.0, 1.1, 1.2 ,1.3, 1.4</cwmp:SupportedCWMPVersions>
            <cwmp:UseCWMPVersion soap-env:mustUnderstand="1">1.4</cwmp:UseCWMPVersion>
            <cwmp:NoMoreRequests>TRUE</cwmp:NoMoreRequests>
            <x:Vendor xmlns:x="urn:vendor">ignored</x:Vendor>
            """)).Header;

        Assert.Equal(" spaced id ", header.Id);
        Assert.True(header.HoldRequests);
        Assert.Equal(60u, header.SessionTimeout);
        Assert.Equal(["1.0", "1.1", "1.2", "1.3", "1.4"], header.SupportedCwmpVersions!);
        Assert.Equal("1.4", header.UseCwmpVersion);
        Assert.True(header.NoMoreRequests);
    }

    [Fact]
    public void Garbled_header_value_is_a_warning_not_a_rejection()
    {
        var result = Envelopes.Read(Envelopes.Soap("<cwmp:GetRPCMethods/>", header: "<cwmp:SessionTimeout>soon</cwmp:SessionTimeout>"));

        Assert.True(result.Success);
        Assert.Null(result.Envelope!.Header.SessionTimeout);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Missing_header_gives_an_empty_header()
    {
        var xml = """<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><cwmp:Reboot xmlns:cwmp="urn:dslforum-org:cwmp-1-0"><CommandKey>k</CommandKey></cwmp:Reboot></soap:Body></soap:Envelope>""";

        var envelope = Envelopes.ReadOk(xml);

        Assert.Equal(CwmpHeader.Empty, envelope.Header);
        Assert.Equal("k", Assert.IsType<Reboot>(envelope.Body).CommandKey);
    }

    [Theory]
    [InlineData("cwmp:Kicked", "<Command>c</Command><Referer>r</Referer><Arg/><Next>n</Next>")]
    [InlineData("cwmp:DUStateChangeComplete", "<Results/><CommandKey/>")]
    [InlineData("cwmp:X_ACME_Hello", "")]
    public void Unmodelled_method_is_read_as_unknown_message(string element, string content)
    {
        var message = Envelopes.ReadBody<UnknownMessage>(Envelopes.Soap($"<{element}>{content}</{element}>", CwmpNamespaces.Cwmp12));

        Assert.Equal(element["cwmp:".Length..], message.Name);
        Assert.Equal(CwmpNamespaces.Cwmp12, message.NamespaceUri);
    }

    [Fact]
    public void Method_names_match_whatever_the_letter_case()
    {
        Assert.IsType<GetRPCMethods>(Envelopes.ReadOk(Envelopes.Soap("<cwmp:GetRpcMethods/>")).Body);
    }
}
