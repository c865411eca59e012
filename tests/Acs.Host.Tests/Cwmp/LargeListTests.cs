using System.IO.Compression;
using System.Net;
using Acs.Core.Devices;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Cwmp;

/// <summary>
/// Messages with more parameters than SQLite takes in one statement (32,766 variables) are stored; messages
/// over Acs:MaxParametersPerMessage or Acs:MaxBodyBytes are refused with a reason, and a refused response
/// ends its task instead of having it resent at every Inform.
/// </summary>
public sealed class LargeListTests(LargeListTests.Limits fixture) : IClassFixture<LargeListTests.Limits>
{
    private const int Limit = 40_000;
    private const int OverSqliteVariables = 33_000;

    public sealed class Limits : AcsServerFixture
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Acs:MaxParametersPerMessage"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Acs:MaxBodyBytes"] = (8 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private AcsTestServer Server => fixture.Server;

    [Fact]
    public async Task An_inform_and_a_response_with_more_parameters_than_one_sqlite_statement_takes_are_stored()
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var serial = NewSerial();

        (await cpe.PostAsync(RawCpe.Inform(serial, Parameters(OverSqliteVariables)))).Message<InformResponse>();
        Assert.Equal(HttpStatusCode.NoContent, (await cpe.PostAsync((byte[]?)null)).Status);
        Assert.Equal(OverSqliteVariables, (await Server.Devices.ParametersAsync(IdOf(serial), "Device.X.")).Count);

        // The same names again, one of them changed: every row is found, and only the changed one is written.
        var read = await Server.Tasks.QueueAsync(IdOf(serial), TaskKind.GetParameterValues, """{"parameterNames":["Device.X."]}""");
        var rpc = await cpe.OpenAsync(serial);
        var values = Parameters(OverSqliteVariables);
        values[^1] = values[^1] with { Value = "2" };
        var end = await cpe.PostAsync(new GetParameterValuesResponse(values), rpc.Envelope!.Header.Id);

        Assert.Equal(HttpStatusCode.NoContent, end.Status);
        Assert.Equal(TaskState.Done, (await Server.Tasks.StateOfAsync(read)).State);
        var stored = await Server.Devices.ParametersAsync(IdOf(serial), "Device.X.");
        Assert.Equal(OverSqliteVariables, stored.Count);
        Assert.Equal("2", Assert.Single(stored, p => p.Name == values[^1].Name).Value);
    }

    [Fact]
    public async Task An_inform_over_the_parameter_limit_gets_fault_8004_naming_the_limit_and_registers_nothing()
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var serial = NewSerial();

        var fault = (await cpe.PostAsync(RawCpe.Inform(serial, Parameters(Limit + 1)))).Message<CwmpFault>();

        Assert.Equal(FaultCodes.ResourcesExceeded, fault.FaultCode);
        Assert.Contains($"more than {Limit}", fault.FaultString, StringComparison.Ordinal);
        Assert.Contains("MaxParametersPerMessage", fault.FaultString, StringComparison.Ordinal);
        Assert.Null(await Server.Devices.GetAsync(IdOf(serial)));
    }

    [Fact]
    public async Task A_response_over_the_parameter_limit_faults_its_task_for_good_and_the_session_goes_on()
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var serial = NewSerial();
        await RegisterAsync(cpe, serial);
        var read = await Server.Tasks.QueueAsync(IdOf(serial), TaskKind.GetParameterValues, """{"parameterNames":["Device.X."]}""");
        var after = await Server.Tasks.QueueAsync(IdOf(serial), TaskKind.GetRPCMethods);

        var rpc = await cpe.OpenAsync(serial);
        var next = await cpe.PostAsync(new GetParameterValuesResponse(Parameters(Limit + 1)), rpc.Envelope!.Header.Id);

        Assert.IsType<GetRPCMethods>(next.Envelope?.Body);
        var faulted = await Server.Tasks.StateOfAsync(read);
        Assert.Equal(TaskState.Faulted, faulted.State);
        Assert.Equal(FaultCodes.ResourcesExceeded, faulted.FaultCode);
        Assert.Contains($"more than {Limit}", faulted.FaultString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await cpe.PostAsync(new GetRPCMethodsResponse(["Inform"]), next.Envelope!.Header.Id)).Status);
        Assert.Equal(TaskState.Done, (await Server.Tasks.StateOfAsync(after)).State);
        Assert.Equal(HttpStatusCode.NoContent, (await cpe.OpenAsync(serial)).Status);
    }

    [Fact]
    public async Task A_response_over_the_size_limit_gets_413_and_faults_its_task_for_good()
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var serial = NewSerial();
        await RegisterAsync(cpe, serial);
        var read = await Server.Tasks.QueueAsync(IdOf(serial), TaskKind.GetParameterValues, """{"parameterNames":["Device.X."]}""");
        await cpe.OpenAsync(serial);

        // Nine MiB of zeros gzip to a few KiB: the server reads it all and stops at its 8 MiB decoded limit.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize))
        {
            gzip.Write(new byte[9 * 1024 * 1024]);
        }

        var refused = await cpe.PostAsync(compressed.ToArray(), contentEncoding: "gzip");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
        var faulted = await Server.Tasks.StateOfAsync(read);
        Assert.Equal(TaskState.Faulted, faulted.State);
        Assert.Equal(FaultCodes.ResourcesExceeded, faulted.FaultCode);
        Assert.Contains("MaxBodyBytes", faulted.FaultString, StringComparison.Ordinal);
        using var again = new RawCpe(Server.DeviceUrl);
        Assert.Equal(HttpStatusCode.NoContent, (await again.OpenAsync(serial)).Status);
    }

    private static string NewSerial() => "BIG" + Guid.NewGuid().ToString("N")[..10];

    private static string IdOf(string serial) => DeviceIdentity.From("00AABB", "RAW", serial);

    private static List<ParameterValueStruct> Parameters(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new ParameterValueStruct($"Device.X.P{i}", "1", XsdTypes.String))];

    private static async Task RegisterAsync(RawCpe cpe, string serial) => Assert.Equal(HttpStatusCode.NoContent, (await cpe.OpenAsync(serial)).Status);
}
