using System.Text;

namespace Acs.Provisioning.Profiles;

// Server-side expansion of the phone's own macros in profile values, in the phone's syntax (section 4
// of the phone reference): $NAME, $(NAME), $(NAME:p) and $(NAME:p:q) for substrings, $$ for a dollar.
// Only MA, MAU, MAC, PN, PSN and SN are expanded (SN only when known); every other name is left as
// written so the phone expands it itself ($SWVER, $PRVST, $A, ...). A name in the $NAME form is the
// longest run of upper-case letters and digits, so "$MAC" is the colon form, never "$MA" + "C".
public static class PhoneMacros
{
    public static string Expand(string text, PhoneIdentity phone)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '$' || i + 1 == text.Length)
            {
                output.Append(c);
                i++;
                continue;
            }

            var next = text[i + 1];
            if (next == '$')
            {
                output.Append('$');
                i += 2;
            }
            else if (next == '(')
            {
                i = ExpandParenthesised(text, i, phone, output);
            }
            else
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterUpper(text[end]) || char.IsAsciiDigit(text[end])))
                {
                    end++;
                }

                var name = text[(i + 1)..end];
                output.Append(Lookup(name, phone) ?? text[i..end]);
                i = end;
            }
        }

        return output.ToString();
    }

    public static FlatProfile ExpandAll(FlatProfile profile, PhoneIdentity phone) =>
        profile.Map(p => p.Value is null ? p : p with { Value = Expand(p.Value, phone) });

    private static int ExpandParenthesised(string text, int start, PhoneIdentity phone, StringBuilder output)
    {
        var close = text.IndexOf(')', start + 2);
        if (close < 0)
        {
            output.Append(text, start, text.Length - start);
            return text.Length;
        }

        var inner = text[(start + 2)..close];
        var parts = inner.Split(':');
        var value = parts.Length <= 3 ? Lookup(parts[0], phone) : null;
        if (value is not null && parts.Length > 1)
        {
            value = Substring(value, parts[1], parts.Length == 3 ? parts[2] : null);
        }

        output.Append(value ?? text[start..(close + 1)]);
        return close + 1;
    }

    private static string? Substring(string value, string offsetText, string? lengthText)
    {
        if (!int.TryParse(offsetText, out var offset) || offset < 0)
        {
            return null;
        }

        var length = int.MaxValue;
        if (lengthText is not null && (!int.TryParse(lengthText, out length) || length < 0))
        {
            return null;
        }

        if (offset >= value.Length)
        {
            return string.Empty;
        }

        return value.Substring(offset, Math.Min(length, value.Length - offset));
    }

    private static string? Lookup(string name, PhoneIdentity phone) => name switch
    {
        "MA" => phone.Mac.ToString(),
        "MAU" => phone.Mac.Upper,
        "MAC" => phone.Mac.Colons,
        "PN" => phone.ProductName,
        "PSN" => phone.ProductSeries,
        "SN" => phone.SerialNumber,
        _ => null,
    };
}
