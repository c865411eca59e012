using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class FaultReadingTests
{
    private const string CwmpDetail = """
        <cwmp:Fault><FaultCode>9003</FaultCode><FaultString>Invalid arguments</FaultString>
        <SetParameterValuesFault><ParameterName>Device.A</ParameterName><FaultCode>9007</FaultCode><FaultString>bad</FaultString></SetParameterValuesFault>
        <SetParameterValuesFault><ParameterName>Device.B</ParameterName><FaultCode>9008</FaultCode></SetParameterValuesFault>
        </cwmp:Fault>
        """;

    [Theory]
    [InlineData("<detail>" + CwmpDetail + "</detail>")]
    [InlineData("<Detail>" + CwmpDetail + "</Detail>")]
    [InlineData("<soap-env:detail>" + CwmpDetail + "</soap-env:detail>")]
    [InlineData("<detail><wrapper>" + CwmpDetail + "</wrapper></detail>")]
    [InlineData(CwmpDetail)]
    [InlineData("<detail>" + CwmpDetail + "</detail><faultactor>http://cpe/</faultactor><detail><cwmp:Fault><FaultCode>9002</FaultCode></cwmp:Fault></detail>")]
    public void Cwmp_fault_detail_is_found_wherever_the_stack_put_it(string detail)
    {
        var fault = Envelopes.ReadBody<CwmpFault>(Envelopes.Soap(
            $"<soap-env:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>CWMP fault</faultstring>{detail}</soap-env:Fault>"));

        Structural.AssertEqual(
            new CwmpFault(9003, "Invalid arguments",
                [new SetParameterValuesFault("Device.A", 9007, "bad"), new SetParameterValuesFault("Device.B", 9008, "")],
                "Client", "CWMP fault"),
            fault);
    }

    [Fact]
    public void Cwmp_fault_with_its_own_prefix_sets_the_envelope_namespace()
    {
        var envelope = Envelopes.ReadOk("""
            <E:Envelope xmlns:E="http://schemas.xmlsoap.org/soap/envelope/"><E:Body><E:Fault>
            <faultcode>E:Server</faultcode><faultstring>CWMP fault</faultstring>
            <detail><X:Fault xmlns:X="urn:dslforum-org:cwmp-1-3"><FaultCode>9000</FaultCode></X:Fault></detail>
            </E:Fault></E:Body></E:Envelope>
            """);

        var fault = Assert.IsType<CwmpFault>(envelope.Body);
        Assert.Equal(CwmpNamespaces.Cwmp13, envelope.CwmpNamespace);
        Assert.Equal(9000u, fault.FaultCode);
        Assert.Equal("Server", fault.SoapFaultCode);
        Assert.Equal("", fault.FaultString);
    }

    [Fact]
    public void Soap_fault_without_cwmp_detail_has_code_zero_and_the_faultstring()
    {
        var fault = Envelopes.ReadBody<CwmpFault>(Envelopes.Soap(
            "<soap-env:Fault><faultcode>soap-env:Server</faultcode><faultstring>Internal server error</faultstring></soap-env:Fault>"));

        Assert.Equal(FaultCodes.Unreadable, fault.FaultCode);
        Assert.Equal("Internal server error", fault.FaultString);
        Assert.Equal("Server", fault.SoapFaultCode);
        Assert.Empty(fault.ParameterFaults);
    }

    [Theory]
    [InlineData("<detail><cwmp:Fault><FaultString>x</FaultString></cwmp:Fault></detail>")]
    [InlineData("<detail><cwmp:Fault><FaultCode>nine</FaultCode><FaultString>x</FaultString></cwmp:Fault></detail>")]
    [InlineData("<detail><cwmp:Fault><FaultCode></FaultCode><FaultString>x</FaultString></cwmp:Fault></detail>")]
    public void Cwmp_fault_whose_code_cannot_be_read_is_read_as_unreadable_and_that_is_permanent(string detail)
    {
        var result = Envelopes.Read(Envelopes.Soap(
            $"<soap-env:Fault><faultcode>Client</faultcode><faultstring>CWMP fault</faultstring>{detail}</soap-env:Fault>"));

        var fault = Assert.IsType<CwmpFault>(result.Envelope!.Body);
        Assert.Equal(FaultCodes.Unreadable, fault.FaultCode);
        Assert.Equal("x", fault.FaultString);
        Assert.NotEmpty(result.Warnings);
        Assert.True(FaultCodes.IsPermanent(fault.FaultCode));
    }

    // The shape one C agent sends: <detail> written inside <faultstring>, with line breaks around it.
    private const string DetailInsideFaultString = """
        <SOAP-ENV:Fault><faultcode>Client</faultcode><faultstring>
        <detail><cwmp:Fault><FaultCode>9003</FaultCode><FaultString>Invalid arguments</FaultString>
        <SetParameterValuesFault><ParameterName>Device.DeviceInfo.SerialNumber</ParameterName><FaultCode>9008</FaultCode><FaultString>Attempt to set a non-writable parameter</FaultString></SetParameterValuesFault>
        </cwmp:Fault></detail>
        </faultstring></SOAP-ENV:Fault>
        """;

    [Theory]
    [InlineData(DetailInsideFaultString)]
    [InlineData("<cwmp:Fault><FaultCode>9003</FaultCode><FaultString>Invalid arguments</FaultString><SetParameterValuesFault><ParameterName>Device.DeviceInfo.SerialNumber</ParameterName><FaultCode>9008</FaultCode><FaultString>Attempt to set a non-writable parameter</FaultString></SetParameterValuesFault></cwmp:Fault>")]
    [InlineData("<X:FAULT xmlns:X=\"urn:dslforum-org:cwmp-1-0\"><FaultCode>9003</FaultCode><FaultString>Invalid arguments</FaultString><SetParameterValuesFault><ParameterName>Device.DeviceInfo.SerialNumber</ParameterName><FaultCode>9008</FaultCode><FaultString>Attempt to set a non-writable parameter</FaultString></SetParameterValuesFault></X:FAULT>")]
    [InlineData("<soap-env:fault><FAULTCODE>Client</FAULTCODE><FaultString>CWMP fault</FaultString><Detail><cwmp:fault><faultcode>9003</faultcode><faultstring>Invalid arguments</faultstring><setparametervaluesfault><parametername>Device.DeviceInfo.SerialNumber</parametername><faultcode>9008</faultcode><faultstring>Attempt to set a non-writable parameter</faultstring></setparametervaluesfault></cwmp:fault></Detail></soap-env:fault>")]
    public void Cwmp_fault_is_found_nested_in_the_faultstring_unwrapped_or_in_any_case(string body)
    {
        var xml = Envelopes.Soap(body).Replace("<soap-env:Envelope ", "<soap-env:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" ", StringComparison.Ordinal);

        var fault = Envelopes.ReadBody<CwmpFault>(xml);

        Assert.Equal(9003u, fault.FaultCode);
        Assert.Equal("Invalid arguments", fault.FaultString);
        Assert.Equal(new SetParameterValuesFault("Device.DeviceInfo.SerialNumber", 9008, "Attempt to set a non-writable parameter"), Assert.Single(fault.ParameterFaults));
        Assert.Equal("Client", fault.SoapFaultCode);
    }

    [Fact]
    public void Unwrapped_cwmp_fault_sets_the_envelope_namespace()
    {
        var envelope = Envelopes.ReadOk(Envelopes.Soap("<cwmp:Fault><FaultCode>9005</FaultCode></cwmp:Fault>", CwmpNamespaces.Cwmp12));

        Assert.Equal(CwmpNamespaces.Cwmp12, envelope.CwmpNamespace);
        Assert.Equal(9005u, Assert.IsType<CwmpFault>(envelope.Body).FaultCode);
    }

    [Fact]
    public void Deeply_nested_fault_detail_is_searched_only_to_a_bounded_depth()
    {
        var nesting = string.Concat(Enumerable.Repeat("<n>", 50_000)) + string.Concat(Enumerable.Repeat("</n>", 50_000));
        var result = Envelopes.Read(Envelopes.Soap(
            $"<soap-env:Fault><faultcode>Client</faultcode><faultstring>f</faultstring><detail>{nesting}</detail></soap-env:Fault>"));

        Assert.Equal(0u, Assert.IsType<CwmpFault>(result.Envelope!.Body).FaultCode);
    }
}
