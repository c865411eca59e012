using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Acs.Core.Security;
using Acs.Host.Startup;

namespace Acs.Host.Tls;

/// <summary>
/// Verifies a CPE's client certificate during the handshake against the CA bundle of
/// Acs:DeviceAuth:ClientCaFile (never the machine's store). A refused certificate is logged and the
/// handshake fails; binding it to a serial number happens later, when the Inform names the device.
/// </summary>
public sealed class ClientCertificateCheck
{
    private readonly DeviceCertificateMode mode;
    private readonly X509Certificate2Collection trusted;
    private readonly ILogger logger;

    private ClientCertificateCheck(DeviceCertificateMode mode, X509Certificate2Collection trusted, ILogger logger)
    {
        this.mode = mode;
        this.trusted = trusted;
        this.logger = logger;
    }

    public static ClientCertificateCheck? From(DeviceCertificateMode mode, string? caFile, ILogger logger)
    {
        if (mode == DeviceCertificateMode.Off)
        {
            return null;
        }

        if (string.IsNullOrEmpty(caFile))
        {
            throw new StartupRefusedException($"Acs:DeviceAuth:ClientCertificates is {mode} but Acs:DeviceAuth:ClientCaFile (the trusted CA bundle, PEM) is not set");
        }

        var trusted = new X509Certificate2Collection();
        try
        {
            trusted.ImportFromPemFile(caFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new StartupRefusedException($"Acs:DeviceAuth:ClientCaFile: '{caFile}' could not be read ({e.Message})", e);
        }

        if (trusted.Count == 0)
        {
            throw new StartupRefusedException($"Acs:DeviceAuth:ClientCaFile: '{caFile}' holds no PEM certificate");
        }

        return new ClientCertificateCheck(mode, trusted, logger);
    }

    public void Apply(SslServerAuthenticationOptions options, System.Net.EndPoint? remote)
    {
        options.ClientCertificateRequired = true;
        options.RemoteCertificateValidationCallback = (_, certificate, chain, _) => Accepts(certificate, chain, remote);
    }

    public static CertificateIdentity? IdentityOf(X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            return null;
        }

        string? serialNumber = null;
        foreach (var name in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (name.GetSingleElementType().Value == "2.5.4.5")
            {
                serialNumber = name.GetSingleElementValue();
            }
        }

        var commonName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        return new CertificateIdentity(certificate.Subject, serialNumber, string.IsNullOrEmpty(commonName) ? null : commonName);
    }

    private bool Accepts(X509Certificate? certificate, X509Chain? sent, System.Net.EndPoint? remote)
    {
        if (certificate is null)
        {
            if (mode == DeviceCertificateMode.Required)
            {
                logger.LogWarning("TLS handshake from {Remote} refused: no client certificate (Acs:DeviceAuth:ClientCertificates is Required)", remote);
                return false;
            }

            return true;
        }

        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // Intermediates the CPE sent may help build the chain; only the configured CAs are trusted.
        foreach (var element in sent?.ChainElements.Select(e => e.Certificate) ?? [])
        {
            chain.ChainPolicy.ExtraStore.Add(element);
        }

        if (chain.Build(presented))
        {
            return true;
        }

        var reasons = string.Join(", ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct());
        logger.LogWarning("TLS handshake from {Remote} refused: client certificate {Subject} is not from a trusted CA ({Reasons})", remote, presented.Subject, reasons);
        return false;
    }
}
