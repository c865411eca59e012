using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Acs.Host.Startup;

namespace Acs.Host.Tls;

/// <summary>
/// A server certificate with its chain and key, read from PEM files (RSA or ECDSA). Each TLS handshake asks
/// for <see cref="Current"/>, which compares the files' modification times and sizes with those last loaded
/// (two stat calls) and reloads when either changed, so a certificate renewed on disk by an ACME client is
/// served from the next connection on. A half-written pair that does not load keeps the previous one.
/// </summary>
public sealed class PemCertificate
{
    private readonly string certificateFile;
    private readonly string keyFile;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private FileStamp loadedStamp;
    private SslStreamCertificateContext context;

    private PemCertificate(string certificateFile, string keyFile, ILogger logger, FileStamp stamp, SslStreamCertificateContext context)
    {
        this.certificateFile = certificateFile;
        this.keyFile = keyFile;
        this.logger = logger;
        loadedStamp = stamp;
        this.context = context;
    }

    public X509Certificate2 Leaf => Current.TargetCertificate;

    public SslStreamCertificateContext Current
    {
        get
        {
            var stamp = FileStamp.Of(certificateFile, keyFile);
            if (stamp == loadedStamp)
            {
                return context;
            }

            lock (gate)
            {
                if (stamp != loadedStamp)
                {
                    Reload(stamp);
                }

                return context;
            }
        }
    }

    /// <summary>Loads the pair at start-up; a missing or unreadable file refuses the start, naming the setting.</summary>
    public static PemCertificate Load(string setting, string certificateFile, string keyFile, ILogger logger)
    {
        var stamp = FileStamp.Of(certificateFile, keyFile);
        try
        {
            return new PemCertificate(certificateFile, keyFile, logger, stamp, Read(certificateFile, keyFile));
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new StartupRefusedException($"{setting}: the certificate '{certificateFile}' with key '{keyFile}' could not be loaded ({e.Message})", e);
        }
    }

    private void Reload(FileStamp stamp)
    {
        try
        {
            context = Read(certificateFile, keyFile);
            loadedStamp = stamp;
            var leaf = context.TargetCertificate;
            logger.LogInformation("Certificate {File} reloaded: {Subject}, valid until {NotAfter:u}", certificateFile, leaf.Subject, leaf.NotAfter.ToUniversalTime());
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Usually the certificate is written and the key not yet: the next handshake tries again.
            logger.LogWarning("Certificate {File} changed but could not be loaded, still serving the previous one: {Reason}", certificateFile, e.Message);
        }
    }

    private static SslStreamCertificateContext Read(string certificateFile, string keyFile)
    {
        // The first certificate of the file is the server's; an ephemeral key serves TLS as is on Linux.
        var leaf = X509Certificate2.CreateFromPemFile(certificateFile, keyFile);
        var all = new X509Certificate2Collection();
        all.ImportFromPemFile(certificateFile);
        var intermediates = new X509Certificate2Collection();
        foreach (var certificate in all.Skip(1))
        {
            intermediates.Add(certificate);
        }

        // offline: the chain sent is the file's (full chain), never fetched from the network.
        return SslStreamCertificateContext.Create(leaf, intermediates, offline: true);
    }

    private readonly record struct FileStamp(DateTime CertificateWritten, long CertificateLength, DateTime KeyWritten, long KeyLength)
    {
        public static FileStamp Of(string certificateFile, string keyFile)
        {
            var certificate = new FileInfo(certificateFile);
            var key = new FileInfo(keyFile);
            return new FileStamp(
                certificate.Exists ? certificate.LastWriteTimeUtc : default, certificate.Exists ? certificate.Length : -1,
                key.Exists ? key.LastWriteTimeUtc : default, key.Exists ? key.Length : -1);
        }
    }
}
