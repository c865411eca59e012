using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Acs.Provisioning.Encryption;

// RFC 8188 "aes128gcm" content coding. Header: salt(16) | rs(4) | idlen(1) | keyid; then records,
// each the AES-128-GCM encryption of data || delimiter || zero padding, plus a 16-byte tag.
public static class Aes128GcmContent
{
    public const int SaltLength = 16;
    public const int TagLength = 16;
    public const int DefaultRecordSize = 4096;

    private const int MinimumRecordSize = 18;

    public static byte[] Encode(ReadOnlySpan<byte> content, ReadOnlySpan<byte> ikm, ReadOnlySpan<byte> salt = default, int recordSize = DefaultRecordSize, ReadOnlySpan<byte> keyId = default)
    {
        if (recordSize < MinimumRecordSize)
        {
            throw new ArgumentOutOfRangeException(nameof(recordSize), "rs must be at least 18.");
        }

        // Greedy split: every record but the last carries rs - 17 bytes of content and no padding.
        var perRecord = recordSize - TagLength - 1;
        var chunks = new List<byte[]>();
        for (var offset = 0; offset < content.Length || chunks.Count == 0; offset += perRecord)
        {
            chunks.Add(content.Slice(offset, Math.Min(perRecord, content.Length - offset)).ToArray());
        }

        return EncodeRecords(chunks, ikm, salt, recordSize, keyId);
    }

    // Caller-chosen record boundaries: a record that is not the last is padded to fill rs exactly,
    // the last gets lastRecordPadding zero bytes. This is what reproduces RFC 8188 section 3.2.
    public static byte[] EncodeRecords(IReadOnlyList<byte[]> chunks, ReadOnlySpan<byte> ikm, ReadOnlySpan<byte> salt = default, int recordSize = DefaultRecordSize, ReadOnlySpan<byte> keyId = default, int lastRecordPadding = 0)
    {
        if (recordSize < MinimumRecordSize)
        {
            throw new ArgumentOutOfRangeException(nameof(recordSize), "rs must be at least 18.");
        }

        if (keyId.Length > 255)
        {
            throw new ArgumentException("keyid is at most 255 bytes.", nameof(keyId));
        }

        if (!salt.IsEmpty && salt.Length != SaltLength)
        {
            throw new ArgumentException($"The salt is {SaltLength} bytes.", nameof(salt));
        }

        var saltBytes = salt.IsEmpty ? RandomNumberGenerator.GetBytes(SaltLength) : salt.ToArray();
        var (cek, baseNonce) = DeriveKeyAndNonce(ikm, saltBytes);
        var output = new List<byte>(saltBytes);
        var rs = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(rs, (uint)recordSize);
        output.AddRange(rs);
        output.Add((byte)keyId.Length);
        output.AddRange(keyId.ToArray());

        using var gcm = new AesGcm(cek, TagLength);
        for (var sequence = 0; sequence < chunks.Count; sequence++)
        {
            var isLast = sequence == chunks.Count - 1;
            var padding = isLast ? lastRecordPadding : recordSize - TagLength - 1 - chunks[sequence].Length;
            if (padding < 0 || chunks[sequence].Length + 1 + padding > recordSize - TagLength)
            {
                throw new ArgumentException($"Record {sequence} does not fit a record size of {recordSize}.", nameof(chunks));
            }

            var plain = new byte[chunks[sequence].Length + 1 + padding];
            chunks[sequence].CopyTo(plain, 0);
            plain[chunks[sequence].Length] = isLast ? (byte)2 : (byte)1;
            var cipher = new byte[plain.Length];
            var tag = new byte[TagLength];
            gcm.Encrypt(RecordNonce(baseNonce, sequence), plain, cipher, tag);
            output.AddRange(cipher);
            output.AddRange(tag);
        }

        return [.. output];
    }

    public static bool TryDecode(ReadOnlySpan<byte> body, ReadOnlySpan<byte> ikm, out byte[] content, out DecryptionFailure failure)
    {
        content = [];
        if (body.Length < SaltLength + 5)
        {
            failure = DecryptionFailure.TooShort;
            return false;
        }

        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body.Slice(SaltLength, 4));
        if (recordSize < MinimumRecordSize)
        {
            failure = DecryptionFailure.RecordSizeTooSmall;
            return false;
        }

        var headerLength = SaltLength + 5 + body[SaltLength + 4];
        if (body.Length < headerLength)
        {
            failure = DecryptionFailure.InvalidHeader;
            return false;
        }

        var (cek, baseNonce) = DeriveKeyAndNonce(ikm, body[..SaltLength]);
        using var gcm = new AesGcm(cek, TagLength);
        var records = body[headerLength..];
        var output = new List<byte>(records.Length);
        var sequence = 0;
        while (true)
        {
            if (records.Length < TagLength + 1)
            {
                // Either nothing after a full record (the last record is missing) or a stub too short to hold a tag.
                failure = DecryptionFailure.Truncated;
                return false;
            }

            var length = (int)Math.Min(recordSize, (uint)records.Length);
            var record = records[..length];
            var plain = new byte[length - TagLength];
            try
            {
                gcm.Decrypt(RecordNonce(baseNonce, sequence), record[..^TagLength], record[^TagLength..], plain);
            }
            catch (AuthenticationTagMismatchException)
            {
                failure = DecryptionFailure.AuthenticationFailed;
                return false;
            }

            var end = plain.Length - 1;
            while (end >= 0 && plain[end] == 0)
            {
                end--;
            }

            if (end < 0 || plain[end] is not (1 or 2))
            {
                failure = DecryptionFailure.MissingDelimiter;
                return false;
            }

            var isLastByPosition = records.Length <= recordSize;
            var saysLast = plain[end] == 2;
            if (saysLast != isLastByPosition)
            {
                failure = saysLast ? DecryptionFailure.UnexpectedLastRecord : DecryptionFailure.Truncated;
                return false;
            }

            output.AddRange(plain.AsSpan(0, end));
            if (saysLast)
            {
                break;
            }

            records = records[length..];
            sequence++;
        }

        content = [.. output];
        failure = DecryptionFailure.None;
        return true;
    }

    public static (byte[] ContentEncryptionKey, byte[] Nonce) DeriveKeyAndNonce(ReadOnlySpan<byte> ikm, ReadOnlySpan<byte> salt)
    {
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm.ToArray(), salt.ToArray());
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, "Content-Encoding: nonce\0"u8.ToArray());
        return (cek, nonce);
    }

    private static byte[] RecordNonce(byte[] baseNonce, int sequence)
    {
        var nonce = (byte[])baseNonce.Clone();
        for (var i = 0; i < 8; i++)
        {
            nonce[11 - i] ^= (byte)((ulong)sequence >> (8 * i));
        }

        return nonce;
    }
}
