namespace Acs.Cwmp;

// Reads a CWMP fault wherever an agent put it. The specification's shape is a SOAP Fault whose <detail>
// holds cwmp:Fault; agents also write <Detail>, nest it one level deeper, put <detail> inside
// <faultstring>, or send the cwmp:Fault in the Body with no SOAP Fault around it. So the cwmp:Fault is
// searched for by local name (any prefix, any case) beneath the whole SOAP Fault, to a bounded depth.
// A code that cannot be read becomes FaultCodes.Unreadable rather than a rejection: the device did
// refuse the request, and that is what the ACS must record.
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
            if (a.Is("faultcode")) soapCode = WithoutPrefix(TextSearching(a, ref detail, ref cwmpNamespace));
            else if (a.Is("faultstring")) soapString = TextSearching(a, ref detail, ref cwmpNamespace).Trim();
            else if (detail is null) detail = Search(a, 1, ref cwmpNamespace);
            else a.Skip();
        }

        if (detail is null)
        {
            a.Warn("Fault: no cwmp:Fault with a FaultCode was found; the fault code is unreadable.");
            return new CwmpFault(FaultCodes.Unreadable, soapString, [], soapCode, soapString);
        }

        return detail with { SoapFaultCode = soapCode, SoapFaultString = soapString };
    }

    /// <summary>A cwmp:Fault sent as the Body's message, without a SOAP Fault around it.</summary>
    public static CwmpFault ReadUnwrapped(ArgumentReader a, out string? cwmpNamespace)
    {
        cwmpNamespace = CwmpNamespaces.IsCwmp(a.NamespaceUri) ? a.NamespaceUri : null;
        a.Warn("Fault: a cwmp:Fault without a SOAP Fault around it.");
        var fault = Detail(a);
        return fault with { SoapFaultCode = "Client", SoapFaultString = "CWMP fault" };
    }

    // The text of faultcode or faultstring; an element nested in it is searched for the cwmp:Fault.
    private static string TextSearching(ArgumentReader a, ref CwmpFault? detail, ref string? cwmpNamespace)
    {
        var text = new System.Text.StringBuilder();
        var token = a.Open();
        while (a.NextText(token, text))
        {
            if (detail is null)
            {
                detail = Search(a, 2, ref cwmpNamespace);
            }
            else
            {
                a.Skip();
            }
        }

        return text.ToString();
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
            if (a.Is("FaultCode")) code = a.ReadUIntOrNull();
            else if (a.Is("FaultString")) text = a.ReadText().Trim();
            else if (a.Is("SetParameterValuesFault")) parameterFaults.Add(ParameterFault(a));
            else a.Skip();
        }

        if (code is null)
        {
            a.Warn("Fault: the cwmp:Fault has no readable FaultCode.");
        }

        return new CwmpFault(code ?? FaultCodes.Unreadable, text, parameterFaults);
    }

    private static SetParameterValuesFault ParameterFault(ArgumentReader a)
    {
        var name = "";
        uint? code = null;
        var text = "";
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("ParameterName")) name = a.ReadText().Trim();
            else if (a.Is("FaultCode")) code = a.ReadUIntOrNull();
            else if (a.Is("FaultString")) text = a.ReadText().Trim();
            else a.Skip();
        }

        if (code is null)
        {
            a.Warn($"SetParameterValuesFault {name}: no readable FaultCode.");
        }

        return new SetParameterValuesFault(name, code ?? FaultCodes.Unreadable, text);
    }

    private static string WithoutPrefix(string code)
    {
        var trimmed = code.Trim();
        var colon = trimmed.LastIndexOf(':');
        return colon < 0 ? trimmed : trimmed[(colon + 1)..];
    }
}
