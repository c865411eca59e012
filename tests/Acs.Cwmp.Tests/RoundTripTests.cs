using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class RoundTripTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var ns in Namespaces)
        {
            for (var i = 0; i < SampleMessages.All.Count; i++)
            {
                data.Add(ns, i);
            }
        }

        return data;
    }

    private static readonly string[] Namespaces =
    [
        CwmpNamespaces.Cwmp10, CwmpNamespaces.Cwmp11, CwmpNamespaces.Cwmp12, CwmpNamespaces.Cwmp13, CwmpNamespaces.Cwmp14,
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_message_read_back_from_the_writer_equals_the_original(string ns, int index)
    {
        var envelope = new CwmpEnvelope(ns, HeaderFor(ns), SampleMessages.All[index]);

        var result = CwmpReader.Read(CwmpWriter.Write(envelope));

        Assert.True(result.Success, $"{result.Rejection}: {result.Detail}");
        Assert.Empty(result.Warnings);
        Structural.AssertEqual(envelope, result.Envelope);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewriting_a_read_message_gives_the_same_bytes(string ns, int index)
    {
        var first = CwmpWriter.Write(new CwmpEnvelope(ns, HeaderFor(ns), SampleMessages.All[index]));

        var second = CwmpWriter.Write(CwmpReader.Read(first).Envelope!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Unknown_message_round_trips_with_its_name_and_namespace()
    {
        var envelope = new CwmpEnvelope(CwmpNamespaces.Cwmp12, new CwmpHeader { Id = "7" }, new UnknownMessage("Kicked", CwmpNamespaces.Cwmp12));

        var read = CwmpReader.Read(CwmpWriter.Write(envelope)).Envelope;

        Structural.AssertEqual(envelope, read);
    }

    private static CwmpHeader HeaderFor(string ns) => CwmpNamespaces.MinorVersion(ns) switch
    {
        >= 4 => new CwmpHeader { Id = "id-4", SupportedCwmpVersions = ["1.0", "1.2", "1.4"], UseCwmpVersion = "1.4", SessionTimeout = 60 },
        3 => new CwmpHeader { Id = "id-3", SessionTimeout = 30 },
        _ => new CwmpHeader { Id = "1 & <2>", HoldRequests = true },
    };
}
