using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class MutationTests
{
    private static readonly byte[] Replacements = "<>&\"/x0 "u8.ToArray();

    [Fact]
    public void Corrupting_any_byte_of_an_inform_gives_a_result_and_never_an_exception()
    {
        var original = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp10, new CwmpHeader { Id = "1" }, SampleMessages.All.OfType<Inform>().First()));
        var outcomes = new HashSet<CwmpRejection>();

        for (var i = 0; i < original.Length; i++)
        {
            foreach (var replacement in Replacements)
            {
                var mutated = (byte[])original.Clone();
                mutated[i] = replacement;

                var result = CwmpReader.Read(mutated);

                Assert.Equal(result.Success, result.Rejection == CwmpRejection.None);
                Assert.True(result.Success || !string.IsNullOrEmpty(result.Detail), $"Byte {i} -> '{(char)replacement}' gave {result.Rejection} without detail.");
                outcomes.Add(result.Rejection);
            }
        }

        Assert.Contains(CwmpRejection.MalformedXml, outcomes);
        Assert.Contains(CwmpRejection.InvalidArguments, outcomes);
    }
}
