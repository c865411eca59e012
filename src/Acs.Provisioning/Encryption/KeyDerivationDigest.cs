namespace Acs.Provisioning.Encryption;

// Digest for OpenSSL's EVP_BytesToKey: MD5 was the default before OpenSSL 1.1.0, SHA-256 since.
public enum KeyDerivationDigest
{
    Md5,
    Sha256,
}
