namespace Acs.Cwmp;

// The prefixes the writer always uses; readers never depend on them.
internal static class Prefix
{
    public const string SoapEnv = "soap-env";
    public const string SoapEnc = "soap-enc";
    public const string Xsd = "xsd";
    public const string Xsi = "xsi";
    public const string Cwmp = "cwmp";
}
