using System.Xml;

namespace Acs.Cwmp;

// Reads one HTTP body into a CwmpEnvelope. Liberal in what it accepts (any prefixes, missing header,
// untyped values, miscounted arrays), strict about well-formedness: the whole document is always read
// to its end, so a cut-off body is never mistaken for a shorter valid one. No DTD is ever processed.
public static class CwmpReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        CloseInput = false,
    };

    /// <param name="maxListItems">The most list items (parameters, names, events, ...) one message may carry;
    /// beyond it the body is refused as <see cref="CwmpRejection.TooManyItems"/> without reading further.</param>
    public static CwmpReadResult Read(ReadOnlySpan<byte> body, string? contentTypeCharset = null, int maxListItems = int.MaxValue)
    {
        if (body.IsEmpty)
        {
            return CwmpReadResult.Rejected(CwmpRejection.MissingBody, "The body is empty.");
        }

        switch (BodyText.TryDecode(body, contentTypeCharset, out var text, out var charsetError))
        {
            case BodyText.Failure.UnsupportedCharset:
                return CwmpReadResult.Rejected(CwmpRejection.UnsupportedCharset, charsetError!);
            case BodyText.Failure.InvalidBytes:
                // Refused whatever it says; read with the bytes replaced only to name the message it carried.
                var seen = ReadText(BodyText.DecodeLeniently(body, contentTypeCharset), maxListItems);
                return CwmpReadResult.Rejected(CwmpRejection.InvalidCharacters, charsetError!, seen.Method);
        }

        return ReadText(text, maxListItems);
    }

    private static CwmpReadResult ReadText(string text, int maxListItems)
    {
        try
        {
            using var source = new StringReader(text);
            using var xml = XmlReader.Create(source, Settings);
            var arguments = new ArgumentReader(xml, maxListItems);
            CwmpReadResult result;
            try
            {
                var envelope = ReadEnvelope(xml, arguments);
                result = new CwmpReadResult(envelope, CwmpRejection.None, null, arguments.Warnings) { Method = arguments.Method };
            }
            catch (ReadRejection rejection)
            {
                result = CwmpReadResult.Rejected(rejection.Reason, rejection.Message, arguments.Method);
            }

            // A rejection found early must not hide that the rest of the document is not XML at all.
            while (xml.Read())
            {
            }

            return result;
        }
        catch (XmlException e)
        {
            return text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
                ? CwmpReadResult.Rejected(CwmpRejection.DtdProhibited, "DOCTYPE declarations are not accepted.")
                : CwmpReadResult.Rejected(CwmpRejection.MalformedXml, e.Message);
        }
    }

    private static CwmpEnvelope ReadEnvelope(XmlReader xml, ArgumentReader a)
    {
        if (xml.MoveToContent() != XmlNodeType.Element)
        {
            throw new XmlException("The document has no root element.");
        }

        if (xml.LocalName != "Envelope" || xml.NamespaceURI != CwmpNamespaces.SoapEnvelope)
        {
            throw new ReadRejection(CwmpRejection.NotAnEnvelope,
                $"The root element is {{{xml.NamespaceURI}}}{xml.LocalName}, not a SOAP 1.1 Envelope.");
        }

        var header = CwmpHeader.Empty;
        string? headerNamespace = null, bodyNamespace = null;
        CwmpMessage? message = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Header") && message is null)
            {
                header = HeaderReader.Read(a, out headerNamespace);
            }
            else if (a.Is("Body"))
            {
                if (message is not null)
                {
                    throw new ReadRejection(CwmpRejection.MissingBody, "The Envelope holds more than one Body.");
                }

                message = ReadBody(a, out bodyNamespace);
            }
            else
            {
                a.Skip();
            }
        }

        if (message is null)
        {
            throw new ReadRejection(CwmpRejection.MissingBody, "The Envelope has no Body.");
        }

        return new CwmpEnvelope(bodyNamespace ?? headerNamespace ?? CwmpNamespaces.Cwmp10, header, message);
    }

    private static CwmpMessage ReadBody(ArgumentReader a, out string? cwmpNamespace)
    {
        cwmpNamespace = null;
        CwmpMessage? message = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (message is not null)
            {
                throw new ReadRejection(CwmpRejection.MissingBody,
                    $"The Body must hold one message, but {message.MethodName} is followed by {a.LocalName}.");
            }

            message = ReadMessage(a, out cwmpNamespace);
        }

        return message ?? throw new ReadRejection(CwmpRejection.MissingBody, "The Body holds no message.");
    }

    private static CwmpMessage ReadMessage(ArgumentReader a, out string? cwmpNamespace)
    {
        var ns = a.NamespaceUri;
        a.Method = a.LocalName;
        if (a.Is("Fault"))
        {
            // Some agents answer with a bare cwmp:Fault, without the SOAP Fault around it.
            return ns == CwmpNamespaces.SoapEnvelope ? FaultReader.Read(a, out cwmpNamespace) : FaultReader.ReadUnwrapped(a, out cwmpNamespace);
        }

        cwmpNamespace = CwmpNamespaces.IsCwmp(ns) ? ns : null;
        if (RpcReaders.TryGet(a.LocalName, out var read))
        {
            return read(a);
        }

        var unknown = new UnknownMessage(a.LocalName, ns);
        a.Skip();
        return unknown;
    }
}
