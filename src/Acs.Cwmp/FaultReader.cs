namespace Acs.Cwmp;

// Reads a SOAP Fault. Stacks put the cwmp:Fault detail under <detail>, <Detail>, one level deeper or
// with their own prefix, so it is searched for beneath the Fault by local name, to a bounded depth.
internal static class FaultReader
{
    private const int MaxSearchDepth = 6;

    public static CwmpFault Read(ArgumentReader a, out string? cwmpNamespace)
    {
        cwmpNamespace = null;
        var soapCode = "Server";
        var soapString = "";
        CwmpFault? detail = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("faultcode")) soapCode = WithoutPrefix(a.ReadText());
            else if (a.Is("faultstring")) soapString = a.ReadText();
            else if (detail is null) detail = Search(a, 1, ref cwmpNamespace);
            else a.Skip();
        }

        return detail is null
            ? new CwmpFault(0, soapString, [], soapCode, soapString)
            : detail with { SoapFaultCode = soapCode, SoapFaultString = soapString };
    }

    private static CwmpFault? Search(ArgumentReader a, int depth, ref string? cwmpNamespace)
    {
        if (a.Is("Fault"))
        {
            cwmpNamespace = CwmpNamespaces.IsCwmp(a.NamespaceUri) ? a.NamespaceUri : null;
            return Detail(a);
        }

        if (depth >= MaxSearchDepth)
        {
            a.Skip();
            return null;
        }

        CwmpFault? found = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (found is null)
            {
                found = Search(a, depth + 1, ref cwmpNamespace);
            }
            else
            {
                a.Skip();
            }
        }

        return found;
    }

    private static CwmpFault Detail(ArgumentReader a)
    {
        uint? code = null;
        var text = "";
        var parameterFaults = new List<SetParameterValuesFault>();
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("FaultCode")) code = a.ReadUInt();
            else if (a.Is("FaultString")) text = a.ReadText();
            else if (a.Is("SetParameterValuesFault")) parameterFaults.Add(ParameterFault(a));
            else a.Skip();
        }

        return new CwmpFault(code ?? throw ArgumentReader.Missing("FaultCode", "Fault"), text, parameterFaults);
    }

    private static SetParameterValuesFault ParameterFault(ArgumentReader a)
    {
        string? name = null;
        uint? code = null;
        var text = "";
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("ParameterName")) name = a.ReadText();
            else if (a.Is("FaultCode")) code = a.ReadUInt();
            else if (a.Is("FaultString")) text = a.ReadText();
            else a.Skip();
        }

        return new SetParameterValuesFault(
            name ?? throw ArgumentReader.Missing("ParameterName", "SetParameterValuesFault"),
            code ?? throw ArgumentReader.Missing("FaultCode", "SetParameterValuesFault"),
            text);
    }

    private static string WithoutPrefix(string code)
    {
        var trimmed = code.Trim();
        var colon = trimmed.LastIndexOf(':');
        return colon < 0 ? trimmed : trimmed[(colon + 1)..];
    }
}
