using System.Globalization;
using System.Text;
using System.Xml;

namespace Acs.Cwmp;

// Writes envelopes conservatively, in the one shape every CPE stack we know accepts: UTF-8 without
// BOM, fixed prefixes declared on the Envelope, unqualified arguments in schema order, every element
// present even when empty, and exact soap-enc:arrayType counts. No XML declaration: it is optional for
// UTF-8, and agents that wrap the body in their own root element before parsing cannot read one.
public static class CwmpWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = false,
        CloseOutput = false,
        // Carriage returns in values survive the trip as character references.
        NewLineHandling = NewLineHandling.Entitize,
    };

    public static byte[] Write(CwmpEnvelope envelope)
    {
        using var buffer = new MemoryStream(2048);
        Write(envelope, buffer);
        return buffer.ToArray();
    }

    public static void Write(CwmpEnvelope envelope, Stream destination)
    {
        using var w = XmlWriter.Create(destination, Settings);
        w.WriteStartElement(Prefix.SoapEnv, "Envelope", CwmpNamespaces.SoapEnvelope);
        w.WriteAttributeString("xmlns", Prefix.SoapEnv, null, CwmpNamespaces.SoapEnvelope);
        w.WriteAttributeString("xmlns", Prefix.SoapEnc, null, CwmpNamespaces.SoapEncoding);
        w.WriteAttributeString("xmlns", Prefix.Xsd, null, CwmpNamespaces.Xsd);
        w.WriteAttributeString("xmlns", Prefix.Xsi, null, CwmpNamespaces.Xsi);
        w.WriteAttributeString("xmlns", Prefix.Cwmp, null, envelope.CwmpNamespace);
        WriteHeader(w, envelope.Header, envelope.CwmpNamespace);
        w.WriteStartElement(Prefix.SoapEnv, "Body", CwmpNamespaces.SoapEnvelope);
        if (envelope.Body is CwmpFault fault)
        {
            WriteFault(w, fault, envelope.CwmpNamespace);
        }
        else
        {
            WriteMessage(w, envelope.Body, envelope.CwmpNamespace);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteHeader(XmlWriter w, CwmpHeader header, string ns)
    {
        if (header.Id is null && !header.HoldRequests && header.SessionTimeout is null
            && header.SupportedCwmpVersions is null && header.UseCwmpVersion is null)
        {
            return;
        }

        w.WriteStartElement(Prefix.SoapEnv, "Header", CwmpNamespaces.SoapEnvelope);
        if (header.Id is not null)
        {
            MustUnderstand(w, "ID", header.Id, ns);
        }

        if (header.HoldRequests)
        {
            MustUnderstand(w, "HoldRequests", "true", ns);
        }

        if (header.SessionTimeout is { } timeout)
        {
            w.WriteElementString(Prefix.Cwmp, "SessionTimeout", ns, timeout.ToString(CultureInfo.InvariantCulture));
        }

        if (header.SupportedCwmpVersions is { } versions)
        {
            w.WriteElementString(Prefix.Cwmp, "SupportedCWMPVersions", ns, string.Join(',', versions));
        }

        if (header.UseCwmpVersion is not null)
        {
            MustUnderstand(w, "UseCWMPVersion", header.UseCwmpVersion, ns);
        }

        w.WriteEndElement();
    }

    private static void MustUnderstand(XmlWriter w, string name, string value, string ns)
    {
        w.WriteStartElement(Prefix.Cwmp, name, ns);
        w.WriteAttributeString(Prefix.SoapEnv, "mustUnderstand", CwmpNamespaces.SoapEnvelope, "1");
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void WriteMessage(XmlWriter w, CwmpMessage message, string ns)
    {
        if (message is UnknownMessage unknown)
        {
            // Only the name is modelled; a namespace other than the envelope's is declared where used.
            if (unknown.NamespaceUri == ns)
            {
                w.WriteStartElement(Prefix.Cwmp, unknown.Name, ns);
            }
            else
            {
                w.WriteStartElement(unknown.Name, unknown.NamespaceUri);
            }

            w.WriteFullEndElement();
            return;
        }

        // Full end tags throughout: some CPE parsers mishandle self-closing elements.
        w.WriteStartElement(Prefix.Cwmp, message.MethodName, ns);
        RpcWriters.WriteArguments(w, message);
        w.WriteFullEndElement();
    }

    private static void WriteFault(XmlWriter w, CwmpFault fault, string ns)
    {
        w.WriteStartElement(Prefix.SoapEnv, "Fault", CwmpNamespaces.SoapEnvelope);
        w.WriteElementString("faultcode", fault.SoapFaultCode);
        w.WriteElementString("faultstring", fault.SoapFaultString);
        w.WriteStartElement("detail");
        w.WriteStartElement(Prefix.Cwmp, "Fault", ns);
        w.WriteElementString("FaultCode", fault.FaultCode.ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("FaultString", fault.FaultString);
        foreach (var parameter in fault.ParameterFaults)
        {
            w.WriteStartElement("SetParameterValuesFault");
            w.WriteElementString("ParameterName", parameter.ParameterName);
            w.WriteElementString("FaultCode", parameter.FaultCode.ToString(CultureInfo.InvariantCulture));
            w.WriteElementString("FaultString", parameter.FaultString);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
