using Acs.Cwmp;
using Acs.Simulator.Device;
using Acs.Simulator.Tests.Device;

namespace Acs.Simulator.Tests.Http;

/// <summary>The knobs that make a virtual device read and write CWMP the way particular real agents do.</summary>
public class AgentQuirkTests
{
    [Fact]
    public async Task An_agent_that_rejects_an_xml_declaration_fails_at_a_declared_InformResponse_and_reads_an_undeclared_one()
    {
        var behaviour = new DeviceBehaviour { RejectXmlDeclaration = true };
        await using var declaring = new FakeAcs { XmlDeclaration = true };
        await using var plain = new FakeAcs();

        var failed = await Devices.Gateway(behaviour: behaviour).RunSessionAsync(declaring.Url, CancellationToken.None);
        var completed = await Devices.Gateway(behaviour: behaviour).RunSessionAsync(plain.Url, CancellationToken.None);

        Assert.False(failed.Completed);
        Assert.Contains("XML declaration", failed.Error, StringComparison.Ordinal);
        Assert.True(completed.Completed, completed.Error);
    }

    [Theory]
    [InlineData(FaultShape.Standard, "<faultstring>CWMP fault</faultstring><detail><cwmp:Fault>")]
    [InlineData(FaultShape.Nested, "<faultstring>\n<detail><cwmp:Fault>")]
    [InlineData(FaultShape.Unwrapped, "<soap-env:Body><cwmp:Fault>")]
    public async Task Faults_are_written_in_the_chosen_shape_and_still_carry_their_codes(FaultShape shape, string expected)
    {
        await using var acs = new FakeAcs();
        acs.Enqueue(new SetParameterValues([new ParameterValueStruct("Device.DeviceInfo.SerialNumber", "X", XsdTypes.String)], "k"));

        await Devices.Gateway(behaviour: new DeviceBehaviour { FaultShape = shape }).RunSessionAsync(acs.Url, CancellationToken.None);

        var post = acs.Posts.Last(p => p.Envelope?.Body is CwmpFault);
        Assert.Contains(expected, post.Text, StringComparison.Ordinal);
        var fault = (CwmpFault)post.Envelope!.Body;
        Assert.Equal(FaultCodes.CpeInvalidArguments, fault.FaultCode);
        Assert.Equal(FaultCodes.NonWritableParameter, Assert.Single(fault.ParameterFaults).FaultCode);
    }
}
