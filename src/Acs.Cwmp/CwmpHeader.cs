namespace Acs.Cwmp;

/// <summary>The CWMP elements of the SOAP Header. All are optional on input.</summary>
public sealed record CwmpHeader
{
    public static readonly CwmpHeader Empty = new();

    /// <summary><c>cwmp:ID</c>: correlates a request with its response.</summary>
    public string? Id { get; init; }

    /// <summary><c>cwmp:HoldRequests</c> (ACS to CPE): the CPE must not send requests in its next POST.</summary>
    public bool HoldRequests { get; init; }

    /// <summary><c>cwmp:SessionTimeout</c> (CWMP 1.3+, CPE to ACS), in seconds.</summary>
    public uint? SessionTimeout { get; init; }

    /// <summary><c>cwmp:SupportedCWMPVersions</c> (CWMP 1.4, CPE to ACS), for example "1.0", "1.4".</summary>
    public IReadOnlyList<string>? SupportedCwmpVersions { get; init; }

    /// <summary><c>cwmp:UseCWMPVersion</c> (CWMP 1.4, ACS to CPE).</summary>
    public string? UseCwmpVersion { get; init; }

    /// <summary><c>cwmp:NoMoreRequests</c>: CWMP 1.0 only, deprecated; read for information, never written.</summary>
    public bool NoMoreRequests { get; init; }
}
