namespace Acs.Host.Planes;

/// <summary>The two listeners of the ACS. They have different authentication and never share routes.</summary>
public enum Plane
{
    /// <summary>CPEs and phones: CWMP, file downloads, phone profiles.</summary>
    Device,

    /// <summary>People and integrators: UI, REST API, health.</summary>
    Operator,
}
