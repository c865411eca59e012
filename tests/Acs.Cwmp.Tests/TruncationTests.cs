using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class TruncationTests
{
    [Fact]
    public void Every_truncation_of_a_written_inform_is_rejected_without_throwing()
    {
        var inform = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp12,
            new CwmpHeader { Id = "42", SessionTimeout = 30 }, SampleMessages.All.OfType<Inform>().First()));
        Assert.True(CwmpReader.Read(inform).Success);

        AssertEveryPrefixRejected(inform);
    }

    [Fact]
    public void Every_truncation_of_a_pretty_printed_vendor_inform_is_rejected_without_throwing()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Vendor", "upper-case-prefixes-inform.xml"));
        var end = Array.LastIndexOf(bytes, (byte)'>') + 1;
        Assert.True(CwmpReader.Read(bytes).Success);

        AssertEveryPrefixRejected(bytes.AsSpan(0, end).ToArray());
    }

    [Fact]
    public void Every_truncation_of_a_written_fault_is_rejected_without_throwing()
    {
        var fault = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty, SampleMessages.All.OfType<CwmpFault>().First()));

        AssertEveryPrefixRejected(fault);
    }

    private static void AssertEveryPrefixRejected(byte[] complete)
    {
        for (var length = 0; length < complete.Length; length++)
        {
            var result = CwmpReader.Read(complete.AsSpan(0, length));

            Assert.False(result.Success, $"A prefix of {length} of {complete.Length} bytes was accepted.");
            Assert.True(result.Rejection is CwmpRejection.MalformedXml or CwmpRejection.MissingBody,
                $"A prefix of {length} bytes gave {result.Rejection}: {result.Detail}");
        }
    }
}
