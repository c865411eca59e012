namespace Acs.Provisioning.Dns;

public enum ProvisioningScheme
{
    Http,
    Https,
}
