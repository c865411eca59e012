using Acs.Testing;
using System.Text;
using Acs.Provisioning.Dhcp;
using Acs.Provisioning.Encryption;
using Acs.Provisioning.Tests.Tools;

namespace Acs.Provisioning.Tests.Encryption;

public class OpenSslSaltedAesTests
{
    private const string Passphrase = "SecretPhrase1234";
    private static readonly byte[] Salt = Convert.FromHexString("0102030405060708");
    private static readonly byte[] Profile = "<flat-profile><GPP_A>hello</GPP_A></flat-profile>\n"u8.ToArray();

    // Generated with OpenSSL 3.0 (see the phone provisioning reference, section 7.1).
    [Theory]
    [InlineData(KeyDerivationDigest.Md5, "75618538a4502fa7161d6dc303f2a1f1c0ee19362ee647e725505c3c52364c82", "04ca41f7b4e382da569224b0c61b445a",
        "53616c7465645f5f0102030405060708996f307f2b5c6dd1953d01930c7a4389813f93af1f1553f3fb689994819b0a52d43ebbf77a07964c08ceb5ab017298eea8e6e891fe928be586f65b3361dbbb94")]
    [InlineData(KeyDerivationDigest.Sha256, "ec2a2d45a836181f7fa96d7e6204d9c24cd45ff1e1062e3b2dae7e7baa7d63a8", "e10dd0d54aefddc59586871b1a7bd83c",
        "53616c7465645f5f01020304050607081cf90d08273ac8d45fc91fa0e2ba398f918489125e1ef1c2a85f6081c7126dc5c9de8007802de9ac7623fb949f1a100e9d755e601753e54883322d8561bf13e6")]
    public void Known_vectors_are_reproduced(KeyDerivationDigest digest, string key, string iv, string file)
    {
        var (derivedKey, derivedIv) = OpenSslSaltedAes.DeriveKeyAndIv(Encoding.UTF8.GetBytes(Passphrase), Salt, digest);

        Assert.Equal(key, HexText.Plain(derivedKey));
        Assert.Equal(iv, HexText.Plain(derivedIv));
        Assert.Equal(file, HexText.Plain(OpenSslSaltedAes.Encrypt(Profile, Passphrase, digest, Salt)));
    }

    [Theory]
    [InlineData(KeyDerivationDigest.Md5, "md5")]
    [InlineData(KeyDerivationDigest.Sha256, "sha256")]
    public void Openssl_decrypts_our_files(KeyDerivationDigest digest, string openSslDigest)
    {
        var document = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<device><flat-profile><Station_Name>Caf\u00e9 &amp; bar</Station_Name></flat-profile></device>\n");
        using var scratch = new ScratchDirectory();
        var file = scratch.Write("profile.cfg", OpenSslSaltedAes.Encrypt(document, "my secret phrase", digest));

        var run = ExternalTool.Run("/usr/bin/openssl", ["enc", "-d", "-aes-256-cbc", "-md", openSslDigest, "-k", "my secret phrase", "-in", file]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(document, run.StandardOutput);
    }

    [Theory]
    [InlineData(KeyDerivationDigest.Md5, "md5")]
    [InlineData(KeyDerivationDigest.Sha256, "sha256")]
    public void We_decrypt_what_openssl_encrypted(KeyDerivationDigest digest, string openSslDigest)
    {
        var document = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<GPP_B>report line</GPP_B>\n", 40)));
        using var scratch = new ScratchDirectory();
        var input = scratch.Write("report.xml", document);

        var run = ExternalTool.Run("/usr/bin/openssl", ["enc", "-aes-256-cbc", "-md", openSslDigest, "-k", Passphrase, "-in", input]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.True(OpenSslSaltedAes.TryDecrypt(run.StandardOutput, Passphrase, digest, out var plain, out var failure), failure.ToString());
        Assert.Equal(document, plain);
    }

    [Fact]
    public void A_random_salt_is_used_when_none_is_given()
    {
        var first = OpenSslSaltedAes.Encrypt(Profile, Passphrase, KeyDerivationDigest.Sha256);
        var second = OpenSslSaltedAes.Encrypt(Profile, Passphrase, KeyDerivationDigest.Sha256);

        Assert.NotEqual(first[8..16], second[8..16]);
        Assert.True(OpenSslSaltedAes.TryDecrypt(second, Passphrase, KeyDerivationDigest.Sha256, out var plain, out _));
        Assert.Equal(Profile, plain);
    }

    [Fact]
    public void The_wrong_digest_is_reported_as_an_authentication_failure()
    {
        var file = OpenSslSaltedAes.Encrypt(Profile, Passphrase, KeyDerivationDigest.Sha256, Salt);

        Assert.False(OpenSslSaltedAes.TryDecrypt(file, Passphrase, KeyDerivationDigest.Md5, out _, out var failure));
        Assert.Equal(DecryptionFailure.AuthenticationFailed, failure);
    }

    [Theory]
    [InlineData("", DecryptionFailure.TooShort)]
    [InlineData("53616c7465645f5f0102030405060708", DecryptionFailure.TooShort)]
    [InlineData("4e6f7453616c74656401020304050607080000000000000000000000000000000000", DecryptionFailure.MissingSaltedHeader)]
    [InlineData("53616c7465645f5f010203040506070800000000000000000000000000000000000000", DecryptionFailure.BadLength)]
    public void Malformed_files_are_rejected_with_a_reason(string hex, DecryptionFailure expected)
    {
        Assert.False(OpenSslSaltedAes.TryDecrypt(Convert.FromHexString(hex), Passphrase, KeyDerivationDigest.Sha256, out _, out var failure));
        Assert.Equal(expected, failure);
    }

    [Fact]
    public void Every_truncation_of_a_known_file_is_rejected()
    {
        var file = OpenSslSaltedAes.Encrypt(Profile, Passphrase, KeyDerivationDigest.Sha256, Salt);
        for (var length = 0; length < file.Length; length++)
        {
            Assert.False(OpenSslSaltedAes.TryDecrypt(file.AsSpan(0, length), Passphrase, KeyDerivationDigest.Sha256, out _, out var failure), $"length {length}");
            Assert.NotEqual(DecryptionFailure.None, failure);
        }
    }
}
