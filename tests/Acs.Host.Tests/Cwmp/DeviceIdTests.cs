using System.Net;
using System.Text;
using Acs.Core.Devices;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Cwmp;

/// <summary>One device, one record: identities that cannot name exactly one device are refused with a CWMP fault.</summary>
public sealed class DeviceIdTests(AcsServerFixture fixture) : IClassFixture<AcsServerFixture>
{
    private AcsTestServer Server => fixture.Server;

    [Fact]
    public async Task Serial_numbers_in_an_undeclared_charset_are_refused_and_never_merged_into_one_device()
    {
        var stem = "SN" + Guid.NewGuid().ToString("N")[..6];
        foreach (var latin1 in new byte[] { 0xE9, 0xE8 })
        {
            using var cpe = new RawCpe(Server.DeviceUrl);
            var reply = await cpe.PostAsync(WithByte(stem, latin1));

            Assert.Equal(HttpStatusCode.OK, reply.Status);
            var fault = reply.Message<CwmpFault>();
            Assert.Equal(FaultCodes.InvalidArguments, fault.FaultCode);
            Assert.Contains($"0x{latin1:X2}", fault.FaultString, StringComparison.Ordinal);
        }

        Assert.Null(await Server.Devices.GetAsync(DeviceIdentity.From("00AABB", "RAW", stem + "\uFFFD001")));
    }

    [Fact]
    public async Task The_same_bytes_with_their_charset_declared_are_two_devices()
    {
        var stem = "SN" + Guid.NewGuid().ToString("N")[..6];
        foreach (var latin1 in new byte[] { 0xE9, 0xE8 })
        {
            using var cpe = new RawCpe(Server.DeviceUrl);
            var reply = await cpe.PostAsync(WithByte(stem, latin1), "text/xml; charset=iso-8859-1");
            reply.Message<InformResponse>();
        }

        Assert.NotNull(await Server.Devices.GetAsync(DeviceIdentity.From("00AABB", "RAW", stem + "é001")));
        Assert.NotNull(await Server.Devices.GetAsync(DeviceIdentity.From("00AABB", "RAW", stem + "è001")));
    }

    public static TheoryData<string, string, string, string, string> Identities => new()
    {
        { "Acme", "", "RAW", "S1", "OUI is empty" },
        { "Acme", "00AABB", "RAW", "", "SerialNumber is empty" },
        { "Acme", "00AAB", "RAW", "S1", "OUI must be 6 characters" },
        { "Acme", "00AABBC", "RAW", "S1", "OUI must be 6 characters" },
        { "Acme", "00AABB", "RAW", new string('S', 65), "SerialNumber is longer than 64" },
        { "Acme", "00AABB", new string('P', 65), "S1", "ProductClass is longer than 64" },
        { new string('M', 65), "00AABB", "RAW", "S1", "Manufacturer is longer than 64" },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task An_identity_outside_the_schema_limits_is_refused_with_fault_8003(string manufacturer, string oui, string productClass, string serial, string reason)
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var inform = RawCpe.Inform(serial, oui: oui, productClass: productClass) with { DeviceId = new DeviceIdStruct(manufacturer, oui, productClass, serial) };

        var reply = await cpe.PostAsync(inform);

        var fault = reply.Message<CwmpFault>();
        Assert.Equal(FaultCodes.InvalidArguments, fault.FaultCode);
        Assert.Contains(reason, fault.FaultString, StringComparison.Ordinal);
        Assert.Null(await Server.Devices.GetAsync(DeviceIdentity.From(inform.DeviceId)));
    }

    [Fact]
    public async Task An_identity_at_the_schema_limits_is_accepted()
    {
        using var cpe = new RawCpe(Server.DeviceUrl);
        var serial = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        var inform = RawCpe.Inform(serial) with { DeviceId = new DeviceIdStruct(new string('M', 64), "00AABB", new string('P', 64), serial) };

        (await cpe.PostAsync(inform)).Message<InformResponse>();

        Assert.NotNull(await Server.Devices.GetAsync(DeviceIdentity.From(inform.DeviceId)));
    }

    // An Inform whose serial is stem, one byte (not UTF-8 on its own), then "001".
    private static byte[] WithByte(string stem, byte b)
    {
        var bytes = RawCpe.Envelope(RawCpe.Inform(stem + "#001"));
        bytes[Array.IndexOf(bytes, (byte)'#')] = b;
        return bytes;
    }
}
