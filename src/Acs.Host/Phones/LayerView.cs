using Acs.Core.Phones;
using Acs.Provisioning.Profiles;

namespace Acs.Host.Phones;

/// <summary>A layer as the API shows it: secret values, passphrases, keys and passwords masked.</summary>
public sealed record LayerView(
    string Name, Dictionary<string, LayerView.ParameterView> Parameters, LayerView.EncryptionView? Encryption, LayerView.CredentialsView? Credentials, bool Gzip, DateTime UpdatedAt)
{
    public sealed record ParameterView(string? Value, string? Ua, bool Secret);

    public sealed record EncryptionView(string Method, string? Digest, string? KeyId, string? Passphrase, string? Key);

    public sealed record CredentialsView(string Username, string Password);

    public static LayerView Of(PhoneProfileLayer layer)
    {
        var parameters = new Dictionary<string, ParameterView>(StringComparer.Ordinal);
        foreach (var p in LayerJson.Parameters(layer))
        {
            parameters[p.Name] = new ParameterView(p.Secret && p.Value is not null ? FlatProfileDocument.Mask : p.Value, p.Ua, p.Secret);
        }

        var encryption = LayerJson.Read<LayerEncryption>(layer.EncryptionJson);
        var credentials = LayerJson.Read<LayerCredentials>(layer.CredentialsJson);
        return new LayerView(
            layer.Name,
            parameters,
            encryption is null ? null : new EncryptionView(encryption.Method, encryption.Digest, encryption.KeyId, Masked(encryption.Passphrase), Masked(encryption.Key)),
            credentials is null ? null : new CredentialsView(credentials.Username, FlatProfileDocument.Mask),
            layer.Gzip,
            layer.UpdatedAt);
    }

    private static string? Masked(string? secret) => secret is null ? null : FlatProfileDocument.Mask;
}
