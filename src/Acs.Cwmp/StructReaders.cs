namespace Acs.Cwmp;

// One function per CWMP struct. Fields may come in any order; absent optional fields take the value
// a device that omits them means (empty string, zero, false).
internal static class StructReaders
{
    public static DeviceIdStruct DeviceId(ArgumentReader a)
    {
        string manufacturer = "", productClass = "";
        string? oui = null, serial = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Manufacturer")) manufacturer = a.ReadText();
            else if (a.Is("OUI")) oui = a.ReadText();
            else if (a.Is("ProductClass")) productClass = a.ReadText();
            else if (a.Is("SerialNumber")) serial = a.ReadText();
            else a.Skip();
        }

        return new DeviceIdStruct(
            manufacturer,
            oui ?? throw ArgumentReader.Missing("OUI", "DeviceId"),
            productClass,
            serial ?? throw ArgumentReader.Missing("SerialNumber", "DeviceId"));
    }

    public static EventStruct Event(ArgumentReader a)
    {
        string? code = null;
        var commandKey = "";
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("EventCode")) code = a.ReadText();
            else if (a.Is("CommandKey")) commandKey = a.ReadText();
            else a.Skip();
        }

        return new EventStruct(code ?? throw ArgumentReader.Missing("EventCode", "EventStruct"), commandKey);
    }

    public static ParameterValueStruct ParameterValue(ArgumentReader a)
    {
        string? name = null, value = null;
        var type = XsdTypes.String;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Name"))
            {
                name = a.ReadText();
            }
            else if (a.Is("Value"))
            {
                type = a.ReadValueType();
                value = a.ReadText();
            }
            else
            {
                a.Skip();
            }
        }

        return new ParameterValueStruct(
            name ?? throw ArgumentReader.Missing("Name", "ParameterValueStruct"),
            value ?? throw ArgumentReader.Missing("Value", "ParameterValueStruct"),
            type);
    }

    public static ParameterInfoStruct ParameterInfo(ArgumentReader a)
    {
        string? name = null;
        bool? writable = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Name")) name = a.ReadText();
            else if (a.Is("Writable")) writable = a.ReadBool();
            else a.Skip();
        }

        return new ParameterInfoStruct(
            name ?? throw ArgumentReader.Missing("Name", "ParameterInfoStruct"),
            writable ?? throw ArgumentReader.Missing("Writable", "ParameterInfoStruct"));
    }

    public static ParameterAttributeStruct ParameterAttribute(ArgumentReader a)
    {
        string? name = null;
        int? notification = null;
        IReadOnlyList<string> accessList = [];
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Name")) name = a.ReadText();
            else if (a.Is("Notification")) notification = a.ReadInt();
            else if (a.Is("AccessList")) accessList = a.ReadStringArray();
            else a.Skip();
        }

        return new ParameterAttributeStruct(
            name ?? throw ArgumentReader.Missing("Name", "ParameterAttributeStruct"),
            notification ?? throw ArgumentReader.Missing("Notification", "ParameterAttributeStruct"),
            accessList);
    }

    public static SetParameterAttributesStruct SetParameterAttributes(ArgumentReader a)
    {
        string? name = null;
        bool notificationChange = false, accessListChange = false;
        var notification = 0;
        IReadOnlyList<string> accessList = [];
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Name")) name = a.ReadText();
            else if (a.Is("NotificationChange")) notificationChange = a.ReadBool();
            // Some ACSs leave Notification empty when NotificationChange is false.
            else if (a.Is("Notification")) notification = a.ReadInt(whenEmpty: 0);
            else if (a.Is("AccessListChange")) accessListChange = a.ReadBool();
            else if (a.Is("AccessList")) accessList = a.ReadStringArray();
            else a.Skip();
        }

        return new SetParameterAttributesStruct(
            name ?? throw ArgumentReader.Missing("Name", "SetParameterAttributesStruct"),
            notificationChange,
            notification,
            accessListChange,
            accessList);
    }

    public static FaultStruct Fault(ArgumentReader a)
    {
        uint? code = null;
        var text = "";
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("FaultCode")) code = a.ReadUInt();
            else if (a.Is("FaultString")) text = a.ReadText();
            else a.Skip();
        }

        return new FaultStruct(code ?? throw ArgumentReader.Missing("FaultCode", "FaultStruct"), text);
    }

    public static ArgStruct Arg(ArgumentReader a)
    {
        string? name = null;
        var value = "";
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Name")) name = a.ReadText();
            else if (a.Is("Value")) value = a.ReadText();
            else a.Skip();
        }

        return new ArgStruct(name ?? throw ArgumentReader.Missing("Name", "ArgStruct"), value);
    }
}
