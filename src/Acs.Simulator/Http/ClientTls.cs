using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Acs.Simulator.Http;

/// <summary>
/// How a virtual device speaks HTTPS: the CA bundle it trusts for the ACS's certificate (instead of the
/// machine's store, as a CPE ships its own roots) and, optionally, its own client certificate.
/// </summary>
public sealed class ClientTls
{
    private readonly X509Certificate2Collection trusted;

    private ClientTls(X509Certificate2Collection trusted, X509Certificate2? clientCertificate)
    {
        this.trusted = trusted;
        ClientCertificate = clientCertificate;
    }

    public X509Certificate2? ClientCertificate { get; }

    /// <summary>Reads a PEM CA bundle and, when both paths are given, a PEM client certificate and key.</summary>
    public static ClientTls FromPemFiles(string caFile, string? clientCertificateFile = null, string? clientKeyFile = null)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(caFile);
        var client = clientCertificateFile is not null && clientKeyFile is not null
            ? X509Certificate2.CreateFromPemFile(clientCertificateFile, clientKeyFile)
            : null;
        return new ClientTls(roots, client);
    }

    public void Apply(SslClientAuthenticationOptions options)
    {
        options.EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        options.RemoteCertificateValidationCallback = (_, certificate, chain, errors) => Trusts(certificate, chain, errors);
        if (ClientCertificate is { } own)
        {
            options.ClientCertificates = [own];
            options.LocalCertificateSelectionCallback = (_, _, _, _, _) => own;
        }
    }

    // The server's intermediates come in the handshake's chain; only the roots are this device's own.
    private bool Trusts(X509Certificate? certificate, X509Chain? sent, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        foreach (var element in sent?.ChainElements.Select(e => e.Certificate) ?? [])
        {
            chain.ChainPolicy.ExtraStore.Add(element);
        }

        return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }
}
