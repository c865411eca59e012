using System.Security.Cryptography;
using System.Text;

namespace Acs.Provisioning.Encryption;

// The file format of "openssl enc -aes-256-cbc -md <digest> -k <passphrase>": "Salted__", an 8-byte
// salt, then AES-256-CBC with PKCS#7 padding. Key and IV come from EVP_BytesToKey with one iteration.
public static class OpenSslSaltedAes
{
    public const int SaltLength = 8;

    private static readonly byte[] Magic = "Salted__"u8.ToArray();

    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, string passphrase, KeyDerivationDigest digest, ReadOnlySpan<byte> salt = default)
    {
        if (!salt.IsEmpty && salt.Length != SaltLength)
        {
            throw new ArgumentException($"The salt is {SaltLength} bytes.", nameof(salt));
        }

        var saltBytes = salt.IsEmpty ? RandomNumberGenerator.GetBytes(SaltLength) : salt.ToArray();
        var (key, iv) = DeriveKeyAndIv(Encoding.UTF8.GetBytes(passphrase), saltBytes, digest);
        using var aes = Aes.Create();
        aes.Key = key;
        var ciphertext = aes.EncryptCbc(plaintext, iv, PaddingMode.PKCS7);
        return [.. Magic, .. saltBytes, .. ciphertext];
    }

    public static bool TryDecrypt(ReadOnlySpan<byte> file, string passphrase, KeyDerivationDigest digest, out byte[] plaintext, out DecryptionFailure failure)
    {
        plaintext = [];
        if (file.Length < Magic.Length + SaltLength + 16)
        {
            failure = file.Length >= Magic.Length && !file[..Magic.Length].SequenceEqual(Magic) ? DecryptionFailure.MissingSaltedHeader : DecryptionFailure.TooShort;
            return false;
        }

        if (!file[..Magic.Length].SequenceEqual(Magic))
        {
            failure = DecryptionFailure.MissingSaltedHeader;
            return false;
        }

        var ciphertext = file[(Magic.Length + SaltLength)..];
        if (ciphertext.Length % 16 != 0)
        {
            failure = DecryptionFailure.BadLength;
            return false;
        }

        var (key, iv) = DeriveKeyAndIv(Encoding.UTF8.GetBytes(passphrase), file.Slice(Magic.Length, SaltLength).ToArray(), digest);
        using var aes = Aes.Create();
        aes.Key = key;
        try
        {
            plaintext = aes.DecryptCbc(ciphertext, iv, PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            // A wrong passphrase shows up as invalid padding; that is an expected outcome, not a fault.
            failure = DecryptionFailure.AuthenticationFailed;
            return false;
        }

        failure = DecryptionFailure.None;
        return true;
    }

    // D1 = H(pass || salt), Dn = H(Dn-1 || pass || salt); key = first 32 bytes, IV = next 16.
    public static (byte[] Key, byte[] Iv) DeriveKeyAndIv(byte[] passphrase, byte[] salt, KeyDerivationDigest digest)
    {
        var algorithm = digest == KeyDerivationDigest.Md5 ? HashAlgorithmName.MD5 : HashAlgorithmName.SHA256;
        var material = new List<byte>(64);
        var previous = Array.Empty<byte>();
        using var hash = IncrementalHash.CreateHash(algorithm);
        while (material.Count < 48)
        {
            hash.AppendData(previous);
            hash.AppendData(passphrase);
            hash.AppendData(salt);
            previous = hash.GetHashAndReset();
            material.AddRange(previous);
        }

        return ([.. material.Take(32)], [.. material.Skip(32).Take(16)]);
    }
}
