using Acs.Cwmp;

namespace Acs.Core.Sessions;

/// <summary>One POST from a device, as the transport hands it to the engine.</summary>
/// <param name="Envelope">The parsed envelope; null for an empty POST.</param>
/// <param name="Cookie">The session cookie the device returned, if any.</param>
/// <param name="ConnectionId">The transport connection the POST came on.</param>
/// <param name="Authorization">The raw Authorization header, for the Inform that opens a session.</param>
/// <param name="ClientCertificate">The verified TLS client certificate of the connection, if the device sent one.</param>
public sealed record DeviceRequest(
    CwmpEnvelope? Envelope,
    string? Cookie,
    string? ConnectionId,
    string? RemoteAddress,
    string? Authorization = null,
    string Method = "POST",
    Security.CertificateIdentity? ClientCertificate = null);
