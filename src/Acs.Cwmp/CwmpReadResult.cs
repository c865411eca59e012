namespace Acs.Cwmp;

/// <summary>
/// The outcome of reading one body: an envelope, or a rejection with a human-readable detail.
/// Warnings list tolerated deviations (wrong arrayType count, missing xsi:type, ...) as data.
/// <see cref="Method"/> is the local name of the body's message when reading got that far, also for a
/// rejection, so a refused response can still be matched with the request it answers.
/// </summary>
public sealed record CwmpReadResult(
    CwmpEnvelope? Envelope,
    CwmpRejection Rejection,
    string? Detail,
    IReadOnlyList<string> Warnings)
{
    public bool Success => Envelope is not null;

    public string? Method { get; init; }

    public static CwmpReadResult Rejected(CwmpRejection reason, string detail, string? method = null) =>
        new(null, reason, detail, []) { Method = method };
}
