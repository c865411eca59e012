namespace Acs.Simulator.Device;

/// <summary>Where a device puts the cwmp:Fault of the faults it sends.</summary>
public enum FaultShape
{
    /// <summary>As TR-069 says: SOAP Fault, faultcode, faultstring, detail holding cwmp:Fault.</summary>
    Standard,

    /// <summary>The detail written inside the faultstring, as one C agent does.</summary>
    Nested,

    /// <summary>The cwmp:Fault alone in the Body, with no SOAP Fault around it.</summary>
    Unwrapped,
}
