using Acs.Core.Persistence;
using Acs.Core.Security;
using Acs.Provisioning.Encryption;
using Acs.Provisioning.Profiles;
using Acs.Provisioning.Tftp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Acs.Core.Phones;

/// <summary>
/// The one provisioning engine behind HTTP and TFTP: maps a requested path and the phone's identity to
/// the bootstrap document, the phone's rendered profile, or a typed refusal.
/// </summary>
public sealed partial class ProvisioningEngine(
    IDbContextFactory<AcsDbContext> databases,
    PhoneProfiles profiles,
    IOptions<PhoneProvisioningOptions> options,
    TimeProvider clock,
    ILogger<ProvisioningEngine> logger)
{
    public const string XmlContentType = "text/xml; charset=utf-8";
    public const string BinaryContentType = "application/octet-stream";

    private readonly DeviceAuthenticator digest = new(new DeviceAuthOptions { Mode = DeviceAuthMode.Digest, Realm = options.Value.Realm }, clock);

    public async Task<ProvisioningOutcome> HandleAsync(ProvisioningRequest request, CancellationToken ct)
    {
        if (!TftpPath.TryNormalize(Uri.UnescapeDataString(request.Path), out var path, out var rejection))
        {
            return rejection == PathRejection.Empty
                ? new ProvisioningOutcome.NotFound("no file named")
                : new ProvisioningOutcome.Forbidden($"path refused: {rejection}");
        }

        // A User-Agent that is not a Cisco MPP one leaves agent empty: nothing to cross-check, nothing to record.
        var agentMac = PhoneUserAgent.TryParse(request.UserAgent, out var agent) ? agent.Mac : null;
        if (BootstrapRequest.TryParse(path, out var bootstrap))
        {
            if (bootstrap.Mac is { } pathMac && agentMac is { } uaMac && pathMac != uaMac)
            {
                return Mismatch(pathMac, uaMac, request);
            }

            // Over HTTP the device form is sent on to the per-device URL; TFTP has no redirect, so it gets the bootstrap.
            return bootstrap.Mac is { } mac && request.Front == ProvisioningFront.Http
                ? new ProvisioningOutcome.Redirect(PhonePaths.Profile(request.BaseUrl, mac))
                : new ProvisioningOutcome.Document(BootstrapProfile.Render(PhonePaths.ProfileBase(request.BaseUrl)), XmlContentType, null);
        }

        if (!PhonePaths.TryParseProfile(path, out var phoneMac))
        {
            return new ProvisioningOutcome.NotFound($"no such file: {path}");
        }

        if (agentMac is { } agentsMac && agentsMac != phoneMac)
        {
            return Mismatch(phoneMac, agentsMac, request);
        }

        await using var db = await databases.CreateDbContextAsync(ct);
        var key = phoneMac.ToString();
        var known = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.MacAddress == key, ct);
        var productName = agent.ProductName is { Length: > 0 } ? agent.ProductName : known?.ProductClass ?? string.Empty;
        var running = agent.FirmwareVersion is { Length: > 0 } ? agent.FirmwareVersion : known?.SoftwareVersion;
        var assembled = await profiles.AssembleAsync(db, new PhoneIdentity(phoneMac, productName, known?.SerialNumber), running, ct);
        if (!assembled.HasMacLayer && !options.Value.AutoRegister)
        {
            return new ProvisioningOutcome.NotFound($"no profile for {phoneMac}");
        }

        if (assembled.Credentials is { } credentials)
        {
            if (request.Front == ProvisioningFront.Tftp)
            {
                return new ProvisioningOutcome.Forbidden("this profile requires credentials, which TFTP cannot carry");
            }

            var auth = await digest.CheckAsync(request.Authorization, request.Method, user =>
                ValueTask.FromResult(user == credentials.Username ? DigestHash.Ha1(user, options.Value.Realm, credentials.Password) : null));
            if (!auth.Accepted)
            {
                return new ProvisioningOutcome.Unauthorized(auth.Challenge!);
            }
        }

        await PhoneRegistry.RecordFetchAsync(
            db, phoneMac, productName.Length > 0 ? productName : null, agent.FirmwareVersion is { Length: > 0 } v ? v : null, request.RemoteAddress, clock.GetUtcNow().UtcDateTime, ct);
        return Encode(FlatProfileDocument.Render(assembled.Profile), assembled);
    }

    public static ProvisioningOutcome.Document Encode(byte[] document, AssembledProfile assembled)
    {
        var content = assembled.Gzip ? GzipContent.Compress(document) : document;
        return assembled.Encryption switch
        {
            { Method: LayerEncryption.AesCbc, Passphrase: { } passphrase } e =>
                new(OpenSslSaltedAes.Encrypt(content, passphrase, e.Digest == "md5" ? KeyDerivationDigest.Md5 : KeyDerivationDigest.Sha256), BinaryContentType, null),
            { Method: LayerEncryption.Aes128Gcm, Key: { } key } e =>
                new(Aes128GcmContent.Encode(content, Base64Url(key), keyId: System.Text.Encoding.UTF8.GetBytes(e.KeyId ?? string.Empty)), BinaryContentType, "aes128gcm"),
            _ => new(content, assembled.Gzip ? BinaryContentType : XmlContentType, null),
        };
    }

    public static byte[] Base64Url(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);

    private ProvisioningOutcome.Forbidden Mismatch(MacAddress pathMac, MacAddress agentMac, ProvisioningRequest request)
    {
        LogMismatch(logger, pathMac.ToString(), agentMac.ToString(), request.RemoteAddress);
        return new ProvisioningOutcome.Forbidden("the MAC in the path does not match the User-Agent");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a profile request for {PathMac}: the User-Agent says {AgentMac} (from {Address})")]
    private static partial void LogMismatch(ILogger logger, string pathMac, string agentMac, string? address);
}
