using System.Text.Json;
using Acs.Core.Phones;
using Acs.Provisioning.Profiles;

namespace Acs.Host.Phones;

/// <summary>
/// Reads a layer body: { "parameters": { name: "value" | { "value", "ua", "secret" } }, "encryption": {...},
/// "credentials": { "username", "password" }, "gzip": bool }. Returns the field and message of the first problem.
/// </summary>
public sealed record LayerRequest(IReadOnlyList<LayerParameter> Parameters, LayerEncryption? Encryption, LayerCredentials? Credentials, bool Gzip)
{
    // The CWMP schema's limit for parameter names, applied to profile elements too.
    private const int MaxName = 256;

    // A client that PUTs back what it read sends masks for secrets: those keep the stored values.
    public LayerRequest KeepingSecretsOf(PhoneProfileLayer? stored)
    {
        if (stored is null)
        {
            return this;
        }

        const string mask = FlatProfileDocument.Mask;
        var storedParameters = LayerJson.Parameters(stored).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var storedEncryption = LayerJson.Read<LayerEncryption>(stored.EncryptionJson);
        var storedCredentials = LayerJson.Read<LayerCredentials>(stored.CredentialsJson);
        return this with
        {
            Parameters = [.. Parameters.Select(p => p.Value == mask && storedParameters.TryGetValue(p.Name, out var old) ? p with { Value = old.Value } : p)],
            Encryption = Encryption is null || storedEncryption is null ? Encryption : Encryption with
            {
                Passphrase = Encryption.Passphrase == mask ? storedEncryption.Passphrase : Encryption.Passphrase,
                Key = Encryption.Key == mask ? storedEncryption.Key : Encryption.Key,
            },
            Credentials = Credentials is { Password: mask } && storedCredentials is not null ? Credentials with { Password = storedCredentials.Password } : Credentials,
        };
    }

    public static bool TryRead(JsonElement body, out LayerRequest request, out (string Field, string Message) problem)
    {
        request = new LayerRequest([], null, null, false);
        problem = default;
        if (body.ValueKind != JsonValueKind.Object)
        {
            problem = ("body", "must be a JSON object");
            return false;
        }

        var parameters = new List<LayerParameter>();
        if (body.TryGetProperty("parameters", out var list))
        {
            if (list.ValueKind != JsonValueKind.Object)
            {
                problem = ("parameters", "must be an object of name: value");
                return false;
            }

            foreach (var item in list.EnumerateObject())
            {
                if (!TryReadParameter(item, out var parameter, out var message))
                {
                    problem = ($"parameters.{item.Name}", message);
                    return false;
                }

                parameters.Add(parameter);
            }
        }

        LayerEncryption? encryption = null;
        if (body.TryGetProperty("encryption", out var e) && e.ValueKind != JsonValueKind.Null && !TryReadEncryption(e, out encryption, out problem))
        {
            return false;
        }

        LayerCredentials? credentials = null;
        if (body.TryGetProperty("credentials", out var c) && c.ValueKind != JsonValueKind.Null)
        {
            var username = Text(c, "username");
            var password = Text(c, "password");
            if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password) || username.Contains('"', StringComparison.Ordinal))
            {
                problem = ("credentials", "needs a username (without quotes) and a password");
                return false;
            }

            credentials = new LayerCredentials(username, password);
        }

        var gzip = false;
        if (body.TryGetProperty("gzip", out var g) && g.ValueKind != JsonValueKind.Null)
        {
            if (g.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problem = ("gzip", "must be a boolean");
                return false;
            }

            gzip = g.ValueKind == JsonValueKind.True;
        }

        request = new LayerRequest(parameters, encryption, credentials, gzip);
        return true;
    }

    private static bool TryReadParameter(JsonProperty item, out LayerParameter parameter, out string message)
    {
        parameter = new LayerParameter(item.Name, null, null, false);
        message = string.Empty;
        if (!ProfileParameterNames.IsValid(item.Name))
        {
            message = "is not a flat-profile element name";
            return false;
        }

        if (item.Name.Length > MaxName)
        {
            message = $"is longer than {MaxName} characters";
            return false;
        }

        string? value;
        string? ua = null;
        var secret = false;
        switch (item.Value.ValueKind)
        {
            case JsonValueKind.String:
                value = item.Value.GetString();
                break;
            case JsonValueKind.Object:
                if (!Member(item.Value, "value", JsonValueKind.String, out var v) || !Member(item.Value, "ua", JsonValueKind.String, out var u)
                    || !Member(item.Value, "secret", JsonValueKind.True, out var s))
                {
                    message = "value and ua must be strings and secret a boolean";
                    return false;
                }

                value = v?.GetString();
                ua = u?.GetString();
                secret = s?.ValueKind == JsonValueKind.True;
                break;
            default:
                message = "must be a string or { \"value\", \"ua\", \"secret\" }";
                return false;
        }

        if (ua is not null && PhoneProfiles.Access(ua) is null)
        {
            message = "ua must be na, ro or rw";
            return false;
        }

        if (value is not null && value.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r')))
        {
            message = "contains a control character";
            return false;
        }

        parameter = new LayerParameter(item.Name, value, ua, secret);
        return true;
    }

    // An optional member of the given kind (True stands for either boolean); false when present with another kind.
    private static bool Member(JsonElement owner, string name, JsonValueKind kind, out JsonElement? member)
    {
        member = null;
        if (!owner.TryGetProperty(name, out var found) || found.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        member = found;
        return found.ValueKind == kind || (kind == JsonValueKind.True && found.ValueKind == JsonValueKind.False);
    }

    private static bool TryReadEncryption(JsonElement e, out LayerEncryption? encryption, out (string, string) problem)
    {
        encryption = null;
        problem = default;
        var method = Text(e, "method");
        if (method == LayerEncryption.AesCbc)
        {
            var passphrase = Text(e, "passphrase");
            var digest = Text(e, "digest") ?? "sha256";
            if (string.IsNullOrEmpty(passphrase) || digest is not ("sha256" or "md5"))
            {
                problem = ("encryption", "aes-256-cbc needs a passphrase and a digest of sha256 or md5");
                return false;
            }

            encryption = new LayerEncryption(method, passphrase, digest, null, null);
            return true;
        }

        if (method == LayerEncryption.Aes128Gcm)
        {
            var key = Text(e, "key");
            var keyId = Text(e, "keyId");
            byte[]? bytes = null;
            try
            {
                bytes = key == FlatProfileDocument.Mask ? new byte[16] : key is null ? null : ProvisioningEngine.Base64Url(key);
            }
            catch (FormatException)
            {
            }

            if (bytes is not { Length: 16 } || System.Text.Encoding.UTF8.GetByteCount(keyId ?? string.Empty) > 255)
            {
                problem = ("encryption", "aes128gcm needs a key of 16 bytes in base64url and a keyId of at most 255 bytes");
                return false;
            }

            encryption = new LayerEncryption(method, null, null, key, keyId);
            return true;
        }

        problem = ("encryption", "method must be aes-256-cbc or aes128gcm");
        return false;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
