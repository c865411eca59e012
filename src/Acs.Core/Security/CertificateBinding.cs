namespace Acs.Core.Security;

/// <summary>
/// Binds a CPE's TLS client certificate to the device it speaks for: the subject's serialNumber attribute
/// or its common name must equal the Inform's serial number, so one device's certificate never opens a
/// session for another.
/// </summary>
public static class CertificateBinding
{
    public static bool Admits(CertificateIdentity? certificate, string serialNumber) =>
        certificate is null
        || string.Equals(certificate.SubjectSerialNumber, serialNumber, StringComparison.Ordinal)
        || string.Equals(certificate.CommonName, serialNumber, StringComparison.Ordinal);
}
