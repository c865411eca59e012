using Acs.Host.Tests.Infrastructure;
using Acs.Testing;

namespace Acs.Host.Tests.Tls;

/// <summary>
/// One server with both planes on HTTPS (an ECDSA certificate issued by an intermediate, served as a full
/// chain) and optional device client certificates from the test root; plus a second CA nobody trusts.
/// </summary>
public sealed class HttpsFixture : IAsyncLifetime
{
    public TestPki Pki { get; } = TestPki.Create();

    public TestPki Stranger { get; } = TestPki.Create("Stranger");

    public AcsTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var device = Pki.IssueServer("device", TestPki.KeyKind.Ecdsa);
        var operatorPlane = Pki.IssueServer("operator", TestPki.KeyKind.Ecdsa);
        Server = await AcsTestServer.StartAsync(HttpsSettings(device, operatorPlane, Pki.RootCertificate, "Optional"));
    }

    public static Dictionary<string, string?> HttpsSettings((string Certificate, string Key) device, (string Certificate, string Key)? operatorPlane, string clientCa, string clientCertificates)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ACS_DEVICE_URL"] = "https://127.0.0.1:0",
            ["ACS_DEVICE_CERT"] = device.Certificate,
            ["ACS_DEVICE_KEY"] = device.Key,
            ["Acs:DeviceAuth:ClientCertificates"] = clientCertificates,
            ["Acs:DeviceAuth:ClientCaFile"] = clientCa,
        };
        if (operatorPlane is { } op)
        {
            settings["ACS_OPERATOR_URL"] = "https://127.0.0.1:0";
            settings["ACS_OPERATOR_CERT"] = op.Certificate;
            settings["ACS_OPERATOR_KEY"] = op.Key;
        }

        return settings;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Pki.Dispose();
        Stranger.Dispose();
    }
}
