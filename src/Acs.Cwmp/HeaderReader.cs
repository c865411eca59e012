namespace Acs.Cwmp;

// The SOAP Header is advisory: a value a device garbles is reported as a warning and left out, never
// a reason to refuse the message it carries.
internal static class HeaderReader
{
    public static CwmpHeader Read(ArgumentReader a, out string? cwmpNamespace)
    {
        cwmpNamespace = null;
        var header = CwmpHeader.Empty;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (cwmpNamespace is null && CwmpNamespaces.IsCwmp(a.NamespaceUri))
            {
                cwmpNamespace = a.NamespaceUri;
            }

            if (a.Is("ID"))
            {
                header = header with { Id = a.ReadText() };
            }
            else if (a.Is("HoldRequests"))
            {
                header = header with { HoldRequests = Flag(a) };
            }
            else if (a.Is("NoMoreRequests"))
            {
                header = header with { NoMoreRequests = Flag(a) };
            }
            else if (a.Is("SessionTimeout"))
            {
                header = header with { SessionTimeout = Seconds(a) };
            }
            else if (a.Is("SupportedCWMPVersions"))
            {
                header = header with { SupportedCwmpVersions = Versions(a.ReadText()) };
            }
            else if (a.Is("UseCWMPVersion"))
            {
                header = header with { UseCwmpVersion = a.ReadText().Trim() };
            }
            else
            {
                a.Skip();
            }
        }

        return header;
    }

    private static bool Flag(ArgumentReader a)
    {
        try
        {
            return a.ReadBool();
        }
        catch (ReadRejection e)
        {
            a.Warn($"Header {e.Message} Read as false.");
            return false;
        }
    }

    private static uint? Seconds(ArgumentReader a)
    {
        try
        {
            return a.ReadUInt();
        }
        catch (ReadRejection e)
        {
            a.Warn($"Header {e.Message} Ignored.");
            return null;
        }
    }

    private static List<string> Versions(string text)
    {
        var versions = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            versions.Add(part);
        }

        return versions;
    }
}
