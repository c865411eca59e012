using System.Globalization;
using System.Xml;

namespace Acs.Cwmp;

// SOAP-encoded arrays and the structs inside them.
internal static class StructWriters
{
    public static void Strings(XmlWriter w, string name, IReadOnlyList<string> items)
    {
        StartArray(w, name, "xsd:string", items.Count);
        foreach (var item in items)
        {
            RpcWriters.Text(w, "string", item);
        }

        w.WriteFullEndElement();
    }

    public static void Events(XmlWriter w, IReadOnlyList<EventStruct> events)
    {
        StartArray(w, "Event", "cwmp:EventStruct", events.Count);
        foreach (var e in events)
        {
            w.WriteStartElement("EventStruct");
            RpcWriters.Text(w, "EventCode", e.EventCode);
            RpcWriters.Text(w, "CommandKey", e.CommandKey);
            w.WriteEndElement();
        }

        w.WriteFullEndElement();
    }

    public static void ParameterValues(XmlWriter w, IReadOnlyList<ParameterValueStruct> parameters)
    {
        StartArray(w, "ParameterList", "cwmp:ParameterValueStruct", parameters.Count);
        foreach (var p in parameters)
        {
            w.WriteStartElement("ParameterValueStruct");
            RpcWriters.Text(w, "Name", p.Name);
            w.WriteStartElement("Value");
            w.WriteAttributeString(Prefix.Xsi, "type", CwmpNamespaces.Xsi, XsdTypes.Normalize(p.Type));
            w.WriteString(p.Value);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteFullEndElement();
    }

    public static void ParameterInfos(XmlWriter w, IReadOnlyList<ParameterInfoStruct> parameters)
    {
        StartArray(w, "ParameterList", "cwmp:ParameterInfoStruct", parameters.Count);
        foreach (var p in parameters)
        {
            w.WriteStartElement("ParameterInfoStruct");
            RpcWriters.Text(w, "Name", p.Name);
            RpcWriters.Bool(w, "Writable", p.Writable);
            w.WriteEndElement();
        }

        w.WriteFullEndElement();
    }

    public static void ParameterAttributes(XmlWriter w, IReadOnlyList<ParameterAttributeStruct> parameters)
    {
        StartArray(w, "ParameterList", "cwmp:ParameterAttributeStruct", parameters.Count);
        foreach (var p in parameters)
        {
            w.WriteStartElement("ParameterAttributeStruct");
            RpcWriters.Text(w, "Name", p.Name);
            RpcWriters.Number(w, "Notification", p.Notification);
            Strings(w, "AccessList", p.AccessList);
            w.WriteEndElement();
        }

        w.WriteFullEndElement();
    }

    public static void SetParameterAttributes(XmlWriter w, IReadOnlyList<SetParameterAttributesStruct> parameters)
    {
        StartArray(w, "ParameterList", "cwmp:SetParameterAttributesStruct", parameters.Count);
        foreach (var p in parameters)
        {
            w.WriteStartElement("SetParameterAttributesStruct");
            RpcWriters.Text(w, "Name", p.Name);
            RpcWriters.Bool(w, "NotificationChange", p.NotificationChange);
            RpcWriters.Number(w, "Notification", p.Notification);
            RpcWriters.Bool(w, "AccessListChange", p.AccessListChange);
            Strings(w, "AccessList", p.AccessList);
            w.WriteEndElement();
        }

        w.WriteFullEndElement();
    }

    public static void Args(XmlWriter w, IReadOnlyList<ArgStruct> args)
    {
        StartArray(w, "FileTypeArg", "cwmp:ArgStruct", args.Count);
        foreach (var arg in args)
        {
            w.WriteStartElement("ArgStruct");
            RpcWriters.Text(w, "Name", arg.Name);
            RpcWriters.Text(w, "Value", arg.Value);
            w.WriteEndElement();
        }

        w.WriteFullEndElement();
    }

    public static void Fault(XmlWriter w, FaultStruct fault)
    {
        w.WriteStartElement("FaultStruct");
        RpcWriters.Number(w, "FaultCode", fault.FaultCode);
        RpcWriters.Text(w, "FaultString", fault.FaultString);
        w.WriteEndElement();
    }

    private static void StartArray(XmlWriter w, string name, string itemType, int count)
    {
        w.WriteStartElement(name);
        w.WriteAttributeString(Prefix.SoapEnc, "arrayType", CwmpNamespaces.SoapEncoding,
            string.Create(CultureInfo.InvariantCulture, $"{itemType}[{count}]"));
    }
}
