namespace Acs.Core.Phones;

/// <summary>
/// How a profile including this layer is encrypted: "aes-256-cbc" (OpenSSL Salted__ format, Passphrase
/// and Digest "sha256" or "md5") or "aes128gcm" (RFC 8188, Key as base64url of 16 bytes, optional KeyId).
/// </summary>
public sealed record LayerEncryption(string Method, string? Passphrase, string? Digest, string? Key, string? KeyId)
{
    public const string AesCbc = "aes-256-cbc";
    public const string Aes128Gcm = "aes128gcm";
}
