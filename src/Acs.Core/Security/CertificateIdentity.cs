namespace Acs.Core.Security;

/// <summary>The names of a verified client certificate's subject that may identify a CPE.</summary>
public sealed record CertificateIdentity(string Subject, string? SubjectSerialNumber, string? CommonName);
