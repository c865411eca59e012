using System.Globalization;
using System.Text;

namespace Acs.Provisioning.Profiles;

// Cisco's element names are the web UI field names with spaces and [ ] ( ) / turned into '_';
// per-line fields carry the index as "_n_" (Password_1_). Names are case-sensitive.
public static class ProfileParameterNames
{
    public static string FromWebField(string field)
    {
        var name = new StringBuilder(field.Length);
        foreach (var c in field.Trim())
        {
            name.Append(c is ' ' or '[' or ']' or '(' or ')' or '/' ? '_' : c);
        }

        return name.ToString();
    }

    public static string Indexed(string baseName, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{FromWebField(baseName)}_{index}_");

    // Letters, digits, '_', '-' and '.' (Enable_TR-069, CWMP_V1.2_Support); no leading digit, dot or dash.
    public static bool IsValid(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
