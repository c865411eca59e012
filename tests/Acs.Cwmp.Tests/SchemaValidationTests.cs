using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class SchemaValidationTests
{
    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (var minor = 0; minor <= 4; minor++)
        {
            for (var i = 0; i < SampleMessages.All.Count; i++)
            {
                if (SampleMessages.IsInSchema(SampleMessages.All[i], minor))
                {
                    data.Add(minor, i);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_written_envelope_is_valid_against_the_official_schema_of_its_version(int minor, int index)
    {
        var header = minor switch
        {
            4 => new CwmpHeader { Id = "a-1", HoldRequests = true, SessionTimeout = 60, SupportedCwmpVersions = ["1.0", "1.4"], UseCwmpVersion = "1.4" },
            3 => new CwmpHeader { Id = "a-1", HoldRequests = true, SessionTimeout = 60 },
            _ => new CwmpHeader { Id = "a-1", HoldRequests = true },
        };
        var bytes = CwmpWriter.Write(new CwmpEnvelope(CwmpSchemas.NamespaceFor(minor), header, SampleMessages.All[index]));

        var problems = CwmpSchemas.Validate(bytes, minor);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_validator_rejects_an_argument_out_of_schema_order()
    {
        var text = Envelopes.WriteText(new CwmpEnvelope(CwmpNamespaces.Cwmp12, CwmpHeader.Empty, new AddObject("Device.X.", "k")))
            .Replace("<ObjectName>Device.X.</ObjectName><ParameterKey>k</ParameterKey>", "<ParameterKey>k</ParameterKey><ObjectName>Device.X.</ObjectName>", StringComparison.Ordinal);

        var problems = CwmpSchemas.Validate(System.Text.Encoding.UTF8.GetBytes(text), 2);

        Assert.NotEmpty(problems);
    }

    [Fact]
    public void The_validator_rejects_a_method_the_schema_does_not_declare()
    {
        var bytes = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp10, CwmpHeader.Empty, new AutonomousTransferCompleteResponse()));

        Assert.NotEmpty(CwmpSchemas.Validate(bytes, 0));
    }

    [Fact]
    public void Version_headers_validate_only_against_the_schemas_that_declare_them()
    {
        var withTimeout = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp12, new CwmpHeader { SessionTimeout = 30 }, new GetRPCMethods()));
        var withVersions = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp12, new CwmpHeader { SupportedCwmpVersions = ["1.4"] }, new GetRPCMethods()));

        Assert.NotEmpty(CwmpSchemas.Validate(withTimeout, 2));
        Assert.Empty(CwmpSchemas.Validate(withTimeout, 3));
        Assert.NotEmpty(CwmpSchemas.Validate(withVersions, 3));
        Assert.Empty(CwmpSchemas.Validate(withVersions, 4));
    }
}
