namespace Acs.Provisioning.Profiles;

// The flat profile's "ua" attribute: what the phone's User account may do with a parameter.
public enum UserAccess
{
    NoAccess,
    ReadOnly,
    ReadWrite,
}
