namespace Acs.Core.Phones;

public enum ProvisioningFront
{
    Http,
    Tftp,
}
