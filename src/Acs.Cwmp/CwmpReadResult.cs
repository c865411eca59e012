namespace Acs.Cwmp;

/// <summary>
/// The outcome of reading one body: an envelope, or a rejection with a human-readable detail.
/// Warnings list tolerated deviations (wrong arrayType count, missing xsi:type, ...) as data.
/// </summary>
public sealed record CwmpReadResult(
    CwmpEnvelope? Envelope,
    CwmpRejection Rejection,
    string? Detail,
    IReadOnlyList<string> Warnings)
{
    public bool Success => Envelope is not null;

    public static CwmpReadResult Rejected(CwmpRejection reason, string detail) => new(null, reason, detail, []);
}
