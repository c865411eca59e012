using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>
/// One entry of a device's data model: an object when the name ends with ".", a parameter otherwise.
/// For an object, <see cref="Writable"/> means instances can be added (table) or deleted (instance).
/// </summary>
public sealed class ParameterNode
{
    public ParameterNode(string name, string value, string type, ParameterFlags flags)
    {
        Name = name;
        Value = value;
        Type = type;
        Flags = flags;
        Notification = flags.HasFlag(ParameterFlags.ForceActive) || flags.HasFlag(ParameterFlags.ActiveByDefault) ? 2 : 0;
    }

    public string Name { get; }

    public bool IsObject => Name.EndsWith('.');

    public string Value { get; set; }

    public string Type { get; }

    public ParameterFlags Flags { get; }

    public bool Writable => Flags.HasFlag(ParameterFlags.Writable);

    public bool Hidden => Flags.HasFlag(ParameterFlags.Hidden);

    public int Notification { get; set; }

    public IReadOnlyList<string> AccessList { get; set; } = [];

    /// <summary>The value as the ACS may read it: secrets come back empty.</summary>
    public ParameterValueStruct ToValueStruct() => new(Name, Hidden ? "" : Value, Type);

    public ParameterNode Copy() => new(Name, Value, Type, Flags) { Notification = Notification, AccessList = AccessList };
}
