using System.Net.Security;
using System.Security.Authentication;
using Acs.Core;
using Acs.Host.Planes;
using Acs.Host.Startup;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Acs.Host.Tls;

/// <summary>
/// TLS of one plane's listener: the PEM certificate of ACS_DEVICE_CERT/KEY or ACS_OPERATOR_CERT/KEY, TLS 1.2
/// and 1.3 only, and on the device plane the optional client-certificate check. The options are built per
/// handshake, so a renewed certificate is served without a restart.
/// </summary>
public sealed class PlaneTls
{
    private static readonly List<SslApplicationProtocol> DeviceProtocols = [SslApplicationProtocol.Http11];
    private static readonly List<SslApplicationProtocol> OperatorProtocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11];

    private readonly Plane plane;
    private readonly PemCertificate certificate;
    private readonly ClientCertificateCheck? clients;

    private PlaneTls(Plane plane, PemCertificate certificate, ClientCertificateCheck? clients)
    {
        this.plane = plane;
        this.certificate = certificate;
        this.clients = clients;
    }

    public PemCertificate Certificate => certificate;

    public static string UrlSetting(Plane plane) => plane == Plane.Device ? "ACS_DEVICE_URL" : "ACS_OPERATOR_URL";

    public static string CertificateSetting(Plane plane) => plane == Plane.Device ? "ACS_DEVICE_CERT" : "ACS_OPERATOR_CERT";

    public static string KeySetting(Plane plane) => plane == Plane.Device ? "ACS_DEVICE_KEY" : "ACS_OPERATOR_KEY";

    /// <summary>
    /// The TLS of a plane, or null for an http:// URL. An https:// URL without a certificate and key refuses
    /// the start: a device plane silently served over plain HTTP is the one outcome never acceptable.
    /// </summary>
    public static PlaneTls? From(IConfiguration settings, Plane plane, Uri url, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger<PlaneTls>();
        var certificateFile = settings[CertificateSetting(plane)];
        var keyFile = settings[KeySetting(plane)];
        if (url.Scheme == Uri.UriSchemeHttp)
        {
            if (!string.IsNullOrEmpty(certificateFile))
            {
                logger.LogWarning("{Setting} is set but {UrlSetting} is {Url}: the certificate is not used; write https:// to serve TLS",
                    CertificateSetting(plane), UrlSetting(plane), url);
            }

            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            throw new StartupRefusedException($"{UrlSetting(plane)}: '{url}' must start with http:// or https://");
        }

        if (string.IsNullOrEmpty(certificateFile) || string.IsNullOrEmpty(keyFile))
        {
            throw new StartupRefusedException(
                $"{UrlSetting(plane)} is {url} but {CertificateSetting(plane)} and {KeySetting(plane)} (PEM certificate chain and key) are not both set; refusing to serve it over plain HTTP");
        }

        var certificate = PemCertificate.Load(CertificateSetting(plane), certificateFile, keyFile, logger);
        var leaf = certificate.Leaf;
        logger.LogInformation("{Plane} plane serves TLS with {Subject}, valid until {NotAfter:u}", plane, leaf.Subject, leaf.NotAfter.ToUniversalTime());
        if (leaf.NotAfter.ToUniversalTime() < DateTime.UtcNow)
        {
            logger.LogWarning("The {Plane} plane's certificate {Subject} expired on {NotAfter:u}", plane, leaf.Subject, leaf.NotAfter.ToUniversalTime());
        }

        ClientCertificateCheck? clients = null;
        if (plane == Plane.Device)
        {
            var deviceAuth = settings.GetSection(AcsOptions.Section).GetSection("DeviceAuth").Get<DeviceAuthOptions>() ?? new DeviceAuthOptions();
            clients = ClientCertificateCheck.From(deviceAuth.ClientCertificates, deviceAuth.ClientCaFile, logger);
        }

        return new PlaneTls(plane, certificate, clients);
    }

    public TlsHandshakeCallbackOptions HandshakeOptions() => new()
    {
        HandshakeTimeout = TimeSpan.FromSeconds(10),
        OnConnection = context =>
        {
            var options = new SslServerAuthenticationOptions
            {
                ServerCertificateContext = certificate.Current,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
                ApplicationProtocols = plane == Plane.Device ? DeviceProtocols : OperatorProtocols,
            };
            clients?.Apply(options, context.Connection.RemoteEndPoint);
            return ValueTask.FromResult(options);
        },
    };
}
