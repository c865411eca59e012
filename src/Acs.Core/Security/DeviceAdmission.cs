namespace Acs.Core.Security;

/// <summary>Which devices may open sessions: any (registered on first contact), or only pre-provisioned ones.</summary>
public enum DeviceAdmission
{
    AutoRegister,
    AllowList,
}
