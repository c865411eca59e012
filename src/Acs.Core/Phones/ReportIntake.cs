using Acs.Core.Persistence;
using Acs.Provisioning.Encryption;
using Acs.Provisioning.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Phones;

/// <summary>
/// Accepts a report a phone uploads (Report_Rule): decrypted with the encryption of the phone's own
/// profile when it arrives encrypted, gunzipped when compressed, and stored with the device.
/// </summary>
public sealed class ReportIntake(IDbContextFactory<AcsDbContext> databases, PhoneProfiles profiles, TimeProvider clock)
{
    public const int MaxReportBytes = 1024 * 1024;

    public enum Outcome
    {
        Stored,
        UnknownPhone,
        Undecryptable,
    }

    public async Task<Outcome> ReceiveAsync(MacAddress mac, byte[] body, string? contentEncoding, string? contentType, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var key = mac.ToString();
        var device = await db.Devices.FirstOrDefaultAsync(d => d.MacAddress == key, ct);
        if (device is null)
        {
            return Outcome.UnknownPhone;
        }

        var assembled = await profiles.AssembleAsync(db, new PhoneIdentity(mac, device.ProductClass), null, ct);
        if (!TryDecrypt(body, contentEncoding, assembled.Encryption, out var content))
        {
            return Outcome.Undecryptable;
        }

        if (GzipContent.TryDecompress(content, out var expanded))
        {
            content = expanded;
        }

        db.PhoneReports.Add(new PhoneReport
        {
            DeviceId = device.Id,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
            ContentType = contentType ?? string.Empty,
            Content = System.Text.Encoding.UTF8.GetString(content),
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Stored;
    }

    private static bool TryDecrypt(byte[] body, string? contentEncoding, LayerEncryption? encryption, out byte[] content)
    {
        content = body;
        if (string.Equals(contentEncoding, LayerEncryption.Aes128Gcm, StringComparison.OrdinalIgnoreCase))
        {
            return encryption is { Key: { } key } && Aes128GcmContent.TryDecode(body, ProvisioningEngine.Base64Url(key), out content, out _);
        }

        if (body.AsSpan().StartsWith("Salted__"u8))
        {
            if (encryption is not { Passphrase: { } passphrase })
            {
                return false;
            }

            var digest = encryption.Digest == "md5" ? KeyDerivationDigest.Md5 : KeyDerivationDigest.Sha256;
            return OpenSslSaltedAes.TryDecrypt(body, passphrase, digest, out content, out _);
        }

        return true;
    }
}
