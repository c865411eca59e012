using Acs.Cwmp;

namespace Acs.Simulator.Tests.Http;

/// <summary>One POST as the fake ACS received it.</summary>
public sealed record RecordedPost(
    CwmpEnvelope? Envelope,
    string? SoapAction,
    string? ContentType,
    string? Cookie,
    string? Authorization,
    string? ContentEncoding,
    int BodyLength,
    string Text);
