using System.Globalization;
using System.Xml;

namespace Acs.Cwmp;

// Walks the elements of one envelope. Names are matched case-insensitively and without regard to
// namespace, because firmware differs on both for argument elements. Open/NextChild keep the walk
// iterative and allocation-free; every caller consumes the child it is given (read, open or skip).
internal sealed class ArgumentReader(XmlReader xml, int maxListItems = int.MaxValue)
{
    private List<string>? _warnings;
    private bool _warnedUntyped;
    private int _listItems;

    /// <summary>The local name of the body's message, once the reader reached it.</summary>
    public string? Method { get; set; }

    public IReadOnlyList<string> Warnings => _warnings ?? (IReadOnlyList<string>)[];

    public string LocalName => xml.LocalName;

    public string NamespaceUri => xml.NamespaceURI;

    public bool Is(string name) => string.Equals(xml.LocalName, name, StringComparison.OrdinalIgnoreCase);

    public void Warn(string warning) => (_warnings ??= []).Add(warning);

    // Enters the current element; returns a token for NextChild, or -1 when it has no content.
    public int Open()
    {
        if (xml.IsEmptyElement)
        {
            Advance();
            return -1;
        }

        var depth = xml.Depth;
        Advance();
        return depth;
    }

    public bool NextChild(int token) => NextText(token, null);

    // Moves to the next child element of the element opened with `token`; false (past its end tag) when none is
    // left. Text between the children is kept in `text` when given (mixed content: a faultstring holding a detail).
    public bool NextText(int token, System.Text.StringBuilder? text)
    {
        if (token < 0)
        {
            return false;
        }

        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement when xml.Depth == token:
                    Advance();
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when text is not null:
                    text.Append(xml.Value);
                    AdvanceWithin();
                    break;
                default:
                    AdvanceWithin();
                    break;
            }
        }
    }

    public void Skip()
    {
        xml.Skip();
        if (xml.ReadState != ReadState.Interactive && xml.ReadState != ReadState.EndOfFile)
        {
            throw new XmlException("The document ended unexpectedly.");
        }
    }

    // Text content of the current element; nested elements (never legal in CWMP leaves) are skipped.
    public string ReadText()
    {
        var token = Open();
        if (token < 0)
        {
            return "";
        }

        string? first = null;
        System.Text.StringBuilder? more = null;
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == token))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (first is null)
                    {
                        first = xml.Value;
                    }
                    else
                    {
                        (more ??= new System.Text.StringBuilder(first)).Append(xml.Value);
                    }

                    AdvanceWithin();
                    break;
                case XmlNodeType.Element:
                    Skip();
                    break;
                default:
                    AdvanceWithin();
                    break;
            }
        }

        Advance();
        return more?.ToString() ?? first ?? "";
    }

    /// <summary>An unsignedInt, or null (with a warning) when the text is not one.</summary>
    public uint? ReadUIntOrNull()
    {
        var name = xml.LocalName;
        var text = ReadText();
        if (uint.TryParse(text.AsSpan().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Warn($"{name}: '{Clip(text)}' is not an unsignedInt.");
        return null;
    }

    public uint ReadUInt()
    {
        var name = xml.LocalName;
        var text = ReadText();
        return uint.TryParse(text.AsSpan().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(name, text, "an unsignedInt");
    }

    public int ReadInt(int? whenEmpty = null)
    {
        var name = xml.LocalName;
        var text = ReadText();
        if (whenEmpty is { } fallback && string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.AsSpan().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(name, text, "an int");
    }

    public bool ReadBool()
    {
        var name = xml.LocalName;
        var text = ReadText();
        var span = text.AsSpan().Trim();
        if (span is "1" || span.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (span is "0" || span.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw Invalid(name, text, "a boolean");
    }

    public DateTimeOffset? ReadTime()
    {
        var name = xml.LocalName;
        var text = ReadText();
        var value = CwmpTime.Parse(text);
        if (value is null && !string.IsNullOrWhiteSpace(text) && !text.Trim().StartsWith("0001-01-01", StringComparison.Ordinal))
        {
            Warn($"{name}: '{Clip(text)}' is not a dateTime; read as Unknown Time.");
        }

        return value;
    }

    // The normalised xsi:type of the current element (either schema-instance namespace, or an
    // unqualified "type" as some stacks write it); call before reading its text.
    public string ReadValueType()
    {
        string? raw = null;
        string? unqualified = null;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (xml.LocalName == "type")
                {
                    if (CwmpNamespaces.IsXsi(xml.NamespaceURI))
                    {
                        raw = xml.Value;
                    }
                    else if (xml.NamespaceURI.Length == 0)
                    {
                        unqualified = xml.Value;
                    }
                }
            }
            while (xml.MoveToNextAttribute());

            xml.MoveToElement();
        }

        raw ??= unqualified;
        if (raw is null && !_warnedUntyped)
        {
            _warnedUntyped = true;
            Warn("Value elements without xsi:type were read as xsd:string.");
        }

        return XsdTypes.Normalize(raw);
    }

    // Counts the children actually present; soap-enc:arrayType is only compared, never trusted.
    public List<T> ReadArray<T>(Func<ArgumentReader, T> readItem)
    {
        var name = xml.LocalName;
        var declared = DeclaredCount();
        var items = new List<T>();
        var token = Open();
        while (NextChild(token))
        {
            if (++_listItems > maxListItems)
            {
                throw new ReadRejection(CwmpRejection.TooManyItems,
                    $"{Method ?? "The message"}: {name} holds more than {maxListItems} items, the most one message may carry.");
            }

            items.Add(readItem(this));
        }

        if (declared >= 0 && declared != items.Count)
        {
            Warn($"{name}: arrayType declares {declared} items but {items.Count} were found.");
        }

        return items;
    }

    public List<string> ReadStringArray() => ReadArray(static a => a.ReadText());

    public static ReadRejection Missing(string element, string parent) =>
        new(CwmpRejection.InvalidArguments, $"{parent}: required element {element} is missing.");

    private static ReadRejection Invalid(string element, string text, string expected) =>
        new(CwmpRejection.InvalidArguments, $"{element}: '{Clip(text)}' is not {expected}.");

    private static string Clip(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "...");

    private int DeclaredCount()
    {
        string? arrayType = null;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (string.Equals(xml.LocalName, "arrayType", StringComparison.OrdinalIgnoreCase))
                {
                    arrayType = xml.Value;
                }
            }
            while (xml.MoveToNextAttribute());

            xml.MoveToElement();
        }

        if (arrayType is null)
        {
            return -1;
        }

        var open = arrayType.LastIndexOf('[');
        var close = arrayType.LastIndexOf(']');
        return open >= 0 && close > open
               && int.TryParse(arrayType.AsSpan(open + 1, close - open - 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : -1;
    }

    // Reading past the root's end tag legitimately reports the end of input; everywhere else the
    // loops below refuse to spin on a reader that has nothing left.
    private void Advance()
    {
        if (!xml.Read() && !xml.EOF)
        {
            throw new XmlException("The document ended unexpectedly.");
        }
    }

    private void AdvanceWithin()
    {
        if (xml.EOF)
        {
            throw new XmlException("The document ended unexpectedly.");
        }

        Advance();
    }
}
