namespace Acs.Simulator.DataModel;

/// <summary>How a parameter behaves towards the ACS, after the data-model XML attributes of the same names.</summary>
[Flags]
public enum ParameterFlags
{
    None = 0,
    Writable = 1,

    /// <summary>A secret such as a password: reads back as the empty string.</summary>
    Hidden = 2,

    /// <summary>Sent in every Inform (forcedInform="true").</summary>
    ForcedInform = 4,

    /// <summary>The device may refuse active notification with 9009 (activeNotify="canDeny").</summary>
    CanDenyActive = 8,

    /// <summary>Always actively notified, whatever the ACS asks (activeNotify="forceEnabled").</summary>
    ForceActive = 16,

    /// <summary>Starts with active notification, which the ACS may turn off (activeNotify="forceDefaultEnabled").</summary>
    ActiveByDefault = 32,
}
