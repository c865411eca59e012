namespace Acs.Core.Phones;

/// <summary>
/// One stored profile layer: Scope is default, models, tags or macs; Key the product name, tag or MAC
/// (empty for default). The JSON columns hold <see cref="LayerContent"/>; secrets are kept as given
/// because they must be served to the phone.
/// </summary>
public sealed class PhoneProfileLayer
{
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public string ParametersJson { get; set; } = "[]";
    public string? EncryptionJson { get; set; }
    public string? CredentialsJson { get; set; }
    public bool Gzip { get; set; }
    public DateTime UpdatedAt { get; set; }

    public string Name => Scope == LayerScopes.Default ? LayerScopes.Default : $"{Scope}/{Key}";
}
