namespace Acs.Cwmp;

/// <summary>One change requested by SetParameterAttributes; only fields whose *Change flag is set apply.</summary>
public sealed record SetParameterAttributesStruct(
    string Name,
    bool NotificationChange,
    int Notification,
    bool AccessListChange,
    IReadOnlyList<string> AccessList);
