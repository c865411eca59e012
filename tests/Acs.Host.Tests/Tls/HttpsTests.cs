using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Acs.Host.Startup;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;
using Acs.Simulator.Http;
using Acs.Testing;
using Microsoft.Extensions.Logging;

namespace Acs.Host.Tests.Tls;

public sealed class HttpsTests(HttpsFixture fixture) : IClassFixture<HttpsFixture>
{
    private AcsTestServer Server => fixture.Server;

    [Fact]
    public async Task The_simulator_registers_over_https_trusting_only_the_test_root()
    {
        var device = Devices.Gateway(Server, behaviour: new DeviceBehaviour { Tls = ClientTls.FromPemFiles(fixture.Pki.RootCertificate) });

        var session = await device.RunSessionAsync(Server.DeviceUrl, CancellationToken.None);

        Assert.Equal(Uri.UriSchemeHttps, Server.DeviceUrl.Scheme);
        Assert.True(session.Completed, session.Error);
        Assert.NotNull(await Server.Devices.GetAsync(Devices.IdOf(device)));
    }

    [Fact]
    public void Curl_trusting_the_root_reads_both_planes_so_the_full_chain_is_sent()
    {
        var health = Curl.Get(new Uri(Server.OperatorUrl, "/healthz"), null, "--cacert", fixture.Pki.RootCertificate);
        var bootstrap = Curl.Get(new Uri(Server.DeviceUrl, "/8851-3PCC.xml"), null, "--cacert", fixture.Pki.RootCertificate);

        Assert.Equal(200, health.Status);
        Assert.Equal(200, bootstrap.Status);
        // Phones are sent on to their profile over the same HTTPS listener.
        Assert.Contains($"<Profile_Rule ua=\"na\">{Server.DeviceUrl}phones/$MA.xml</Profile_Rule>", bootstrap.Text, StringComparison.Ordinal);
        Assert.StartsWith("https://", Server.DeviceUrl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Curl_without_the_root_does_not_trust_the_server()
    {
        var run = ExternalTool.Run("/usr/bin/curl", ["--silent", "--output", "/dev/null", new Uri(Server.OperatorUrl, "/healthz").ToString()]);

        Assert.Equal(60, run.ExitCode); // CURLE_PEER_FAILED_VERIFICATION
    }

    [Theory]
    [InlineData("--tlsv1.2", "1.2", "TLSv1.2")]
    [InlineData("--tlsv1.3", "1.3", "TLSv1.3")]
    public void Tls_1_2_and_1_3_are_served(string minimum, string maximum, string expected)
    {
        var run = ExternalTool.Run("/usr/bin/curl", ["--silent", "--verbose", "--output", "/dev/null", "--cacert", fixture.Pki.RootCertificate,
            minimum, "--tls-max", maximum, new Uri(Server.OperatorUrl, "/healthz").ToString()]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains($"SSL connection using {expected}", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Tls_1_1_is_refused()
    {
        var run = ExternalTool.Run("/usr/bin/openssl",
            ["s_client", "-connect", $"127.0.0.1:{Server.DeviceUrl.Port}", "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0", "-CAfile", fixture.Pki.RootCertificate],
            standardInput: [(byte)'Q', (byte)'\n']);

        // The client offered TLS 1.1 (allowed on its side by SECLEVEL=0) and the server answered with a protocol_version alert.
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Cipher is (NONE)", System.Text.Encoding.UTF8.GetString(run.StandardOutput), StringComparison.Ordinal);
        Assert.Contains("alert protocol version", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_certificate_from_an_untrusted_ca_is_refused_in_the_handshake_and_logged()
    {
        var (certificate, key) = fixture.Stranger.IssueClient("stranger", "/CN=SNSTRANGER");

        var run = ExternalTool.Run("/usr/bin/curl", ["--silent", "--output", "/dev/null", "--cacert", fixture.Pki.RootCertificate,
            "--cert", certificate, "--key", key, new Uri(Server.DeviceUrl, "/8851-3PCC.xml").ToString()]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(Server.Logged, e => e.Level == LogLevel.Warning && e.Message.Contains("CN=SNSTRANGER is not from a trusted CA", StringComparison.Ordinal));
    }

    [Fact]
    public void The_operator_plane_never_asks_for_a_client_certificate()
    {
        var (certificate, key) = fixture.Stranger.IssueClient("stranger-operator", "/CN=SNOPERATOR");

        var health = Curl.Get(new Uri(Server.OperatorUrl, "/healthz"), null, "--cacert", fixture.Pki.RootCertificate, "--cert", certificate, "--key", key);

        Assert.Equal(200, health.Status);
    }

    [Fact]
    public async Task A_client_certificate_naming_the_serial_number_opens_the_session()
    {
        var serial = "SN" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var (certificate, key) = fixture.Pki.IssueClient($"cpe-{serial}", $"/CN=gateway.example/serialNumber={serial}");
        var device = Devices.Gateway(Server, serial, new DeviceBehaviour { Tls = ClientTls.FromPemFiles(fixture.Pki.RootCertificate, certificate, key) });

        var session = await device.RunSessionAsync(Server.DeviceUrl, CancellationToken.None);

        Assert.True(session.Completed, session.Error);
    }

    [Fact]
    public async Task A_client_certificate_of_another_device_is_refused_and_logged()
    {
        var (certificate, key) = fixture.Pki.IssueClient("cpe-other", "/CN=SNSOMEONEELSE");
        var device = Devices.Gateway(Server, behaviour: new DeviceBehaviour { Tls = ClientTls.FromPemFiles(fixture.Pki.RootCertificate, certificate, key) });

        var session = await device.RunSessionAsync(Server.DeviceUrl, CancellationToken.None);

        Assert.False(session.Completed);
        Assert.Equal([403], session.HttpStatuses);
        Assert.Null(await Server.Devices.GetAsync(Devices.IdOf(device)));
        Assert.Contains(Server.Logged, e => e.Level == LogLevel.Warning && e.Message.Contains("CN=SNSOMEONEELSE names another device", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dns_srv_advertises_only_https_when_the_profile_url_is_https()
    {
        using var ca = TrustingClient(fixture.Pki.RootCertificate);
        ca.BaseAddress = Server.OperatorUrl;
        ca.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AcsTestServer.AdminKey);

        var zone = (await ca.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/discovery/dns-srv?domain=example.com&target=prov.example.com")).GetProperty("zone").GetString()!;

        Assert.Equal($"_ciscoprov-https._tls.example.com. 86400 IN SRV 10 10 {Server.DeviceUrl.Port} prov.example.com.\n", zone);
    }

    [Fact]
    public async Task Required_client_certificates_refuse_a_handshake_without_one()
    {
        var device = fixture.Pki.IssueServer("required", TestPki.KeyKind.Ecdsa);
        await using var server = await AcsTestServer.StartAsync(HttpsFixture.HttpsSettings(device, null, fixture.Pki.RootCertificate, "Required"));
        var (certificate, key) = fixture.Pki.IssueClient("required-client", "/CN=SNREQUIRED");

        var without = ExternalTool.Run("/usr/bin/curl", ["--silent", "--output", "/dev/null", "--cacert", fixture.Pki.RootCertificate, new Uri(server.DeviceUrl, "/8851-3PCC.xml").ToString()]);
        var with = Curl.Get(new Uri(server.DeviceUrl, "/8851-3PCC.xml"), null, "--cacert", fixture.Pki.RootCertificate, "--cert", certificate, "--key", key);

        Assert.NotEqual(0, without.ExitCode);
        Assert.Equal(200, with.Status);
        Assert.Contains(server.Logged, e => e.Level == LogLevel.Warning && e.Message.Contains("no client certificate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_replaced_on_disk_is_served_from_the_next_connection()
    {
        using var scratch = new ScratchDirectory();
        var (certificateFile, keyFile) = CopyOf(fixture.Pki.IssueServer("renewed-first", TestPki.KeyKind.Ecdsa, "first.localhost"), scratch);
        await using var server = await StartWithAsync(certificateFile, keyFile);
        var before = await ServedCertificateAsync(server.DeviceUrl);

        // As an ACME client renews: new files written over the old ones, here with an RSA key instead of ECDSA.
        var second = fixture.Pki.IssueServer("renewed-second", TestPki.KeyKind.Rsa, "second.localhost");
        File.Copy(second.Certificate, certificateFile, overwrite: true);
        File.Copy(second.Key, keyFile, overwrite: true);
        var after = await ServedCertificateAsync(server.DeviceUrl);

        Assert.Equal("CN=first.localhost", before.Subject);
        Assert.Equal("1.2.840.10045.2.1", before.PublicKey.Oid.Value); // id-ecPublicKey
        Assert.Equal("CN=second.localhost", after.Subject);
        Assert.Equal("1.2.840.113549.1.1.1", after.PublicKey.Oid.Value); // rsaEncryption
        Assert.Contains(server.Logged, e => e.Message.Contains("reloaded: CN=second.localhost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_half_written_renewal_keeps_serving_the_previous_certificate()
    {
        using var scratch = new ScratchDirectory();
        var (certificateFile, keyFile) = CopyOf(fixture.Pki.IssueServer("half-first", TestPki.KeyKind.Ecdsa, "kept.localhost"), scratch);
        await using var server = await StartWithAsync(certificateFile, keyFile);

        // The certificate is new but its key is not written yet: the pair does not match.
        File.Copy(fixture.Pki.IssueServer("half-second", TestPki.KeyKind.Ecdsa, "new.localhost").Certificate, certificateFile, overwrite: true);
        var served = await ServedCertificateAsync(server.DeviceUrl);

        Assert.Equal("CN=kept.localhost", served.Subject);
        Assert.Contains(server.Logged, e => e.Level == LogLevel.Warning && e.Message.Contains("still serving the previous one", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ACS_DEVICE_URL", "ACS_DEVICE_CERT")]
    [InlineData("ACS_OPERATOR_URL", "ACS_OPERATOR_CERT")]
    public async Task An_https_url_without_a_certificate_refuses_to_start(string urlSetting, string certificateSetting)
    {
        var refusal = await Assert.ThrowsAsync<StartupRefusedException>(() => AcsTestServer.StartAsync(new Dictionary<string, string?> { [urlSetting] = "https://127.0.0.1:0" }));

        Assert.Contains(certificateSetting, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("refusing to serve it over plain HTTP", refusal.Message, StringComparison.Ordinal);
    }

    private static (string Certificate, string Key) CopyOf((string Certificate, string Key) issued, ScratchDirectory scratch)
    {
        var pair = (Path.Combine(scratch.Path, "cert.pem"), Path.Combine(scratch.Path, "key.pem"));
        File.Copy(issued.Certificate, pair.Item1);
        File.Copy(issued.Key, pair.Item2);
        return pair;
    }

    private static Task<AcsTestServer> StartWithAsync(string certificateFile, string keyFile) =>
        AcsTestServer.StartAsync(new() { ["ACS_DEVICE_URL"] = "https://127.0.0.1:0", ["ACS_DEVICE_CERT"] = certificateFile, ["ACS_DEVICE_KEY"] = keyFile });

    // Trusts only the test root, as the simulator does, and reports the certificate the server presented.
    private static HttpClient TrustingClient(string rootFile, Action<X509Certificate2>? seen = null)
    {
        var handler = new SocketsHttpHandler();
        ClientTls.FromPemFiles(rootFile).Apply(handler.SslOptions);
        var trusts = handler.SslOptions.RemoteCertificateValidationCallback!;
        handler.SslOptions.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
        {
            seen?.Invoke(X509CertificateLoader.LoadCertificate(certificate!.GetRawCertData()));
            return trusts(sender, certificate, chain, errors);
        };
        return new HttpClient(handler);
    }

    // A new client, so a new connection and a new handshake, reporting the certificate the server presented.
    private async Task<X509Certificate2> ServedCertificateAsync(Uri deviceUrl)
    {
        X509Certificate2? served = null;
        using var client = TrustingClient(fixture.Pki.RootCertificate, c => served = c);
        using var response = await client.GetAsync(new Uri(deviceUrl, "/8851-3PCC.xml"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return served!;
    }
}
