namespace Acs.Core.Access;

/// <summary>An integrator's key. Only the SHA-256 of the secret is stored; <see cref="Prefix"/> identifies it in lists.</summary>
public sealed class ApiKey
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ApiRole Role { get; set; }
    public required string SecretHash { get; set; }
    public required string Prefix { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
