using System.Text;

namespace Acs.Testing;

// A throw-away certificate authority made with the real openssl: a root, an intermediate that signs server
// certificates (so a server must send the full chain to be trusted by the root alone), and client
// certificates signed by the root. Everything lives in a scratch directory removed on dispose.
public sealed class TestPki : IDisposable
{
    private const string OpenSsl = "/usr/bin/openssl";
    private readonly ScratchDirectory scratch = new();
    private int serial = 1;

    private TestPki(string name)
    {
        Name = name;
        RootKey = Key("root", KeyKind.Ecdsa);
        RootCertificate = Path.Combine(scratch.Path, "root.pem");
        Run("req", "-x509", "-new", "-key", RootKey, "-out", RootCertificate, "-days", "2", "-subj", $"/CN={name} Root",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        IntermediateKey = Key("intermediate", KeyKind.Ecdsa);
        IntermediateCertificate = Sign("intermediate", IntermediateKey, $"/CN={name} Intermediate", RootCertificate, RootKey,
            "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n");
    }

    public enum KeyKind
    {
        Ecdsa,
        Rsa,
    }

    public string Name { get; }

    public string Directory => scratch.Path;

    public string RootCertificate { get; }

    public string RootKey { get; }

    public string IntermediateCertificate { get; }

    public string IntermediateKey { get; }

    public static TestPki Create(string name = "Acs Test") => new(name);

    /// <summary>A server certificate for localhost and 127.0.0.1: the file holds the leaf then the intermediate.</summary>
    public (string Certificate, string Key) IssueServer(string label, KeyKind kind, string commonName = "localhost")
    {
        var key = Key(label, kind);
        var leaf = Sign(label, key, $"/CN={commonName}", IntermediateCertificate, IntermediateKey,
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n");
        var chain = Path.Combine(scratch.Path, $"{label}-fullchain.pem");
        File.WriteAllText(chain, File.ReadAllText(leaf) + File.ReadAllText(IntermediateCertificate));
        return (chain, key);
    }

    /// <summary>A client certificate signed by the root, with the given subject (e.g. "/CN=SN1/serialNumber=SN1").</summary>
    public (string Certificate, string Key) IssueClient(string label, string subject)
    {
        var key = Key(label, KeyKind.Ecdsa);
        var certificate = Sign(label, key, subject, RootCertificate, RootKey,
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n");
        return (certificate, key);
    }

    public void Dispose() => scratch.Dispose();

    private string Key(string label, KeyKind kind)
    {
        var path = Path.Combine(scratch.Path, $"{label}.key");
        if (kind == KeyKind.Ecdsa)
        {
            Run("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path);
        }
        else
        {
            Run("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", path);
        }

        return path;
    }

    private string Sign(string label, string key, string subject, string caCertificate, string caKey, string extensions)
    {
        var request = Path.Combine(scratch.Path, $"{label}.csr");
        var certificate = Path.Combine(scratch.Path, $"{label}.pem");
        var extensionFile = scratch.Write($"{label}.ext", extensions);
        Run("req", "-new", "-key", key, "-out", request, "-subj", subject);
        Run("x509", "-req", "-in", request, "-CA", caCertificate, "-CAkey", caKey, "-set_serial", (serial++).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-days", "2", "-out", certificate, "-extfile", extensionFile);
        return certificate;
    }

    private static void Run(params string[] arguments)
    {
        var run = ExternalTool.Run(OpenSsl, arguments);
        Assert.True(run.ExitCode == 0, $"openssl {string.Join(' ', arguments)}\n{run.Describe()}");
    }
}
