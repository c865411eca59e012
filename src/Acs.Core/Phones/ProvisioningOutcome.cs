namespace Acs.Core.Phones;

/// <summary>What a front answers a phone's file request with; each front maps these to its own wire.</summary>
public abstract record ProvisioningOutcome
{
    public sealed record Document(byte[] Content, string ContentType, string? ContentEncoding) : ProvisioningOutcome;

    public sealed record NotFound(string Why) : ProvisioningOutcome;

    public sealed record Unauthorized(string Challenge) : ProvisioningOutcome;

    public sealed record Redirect(string Location) : ProvisioningOutcome;

    public sealed record Forbidden(string Why) : ProvisioningOutcome;
}
