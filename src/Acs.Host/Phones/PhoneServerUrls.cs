using Acs.Core.Phones;
using Acs.Host.Planes;
using Microsoft.Extensions.Options;

namespace Acs.Host.Phones;

/// <summary>The URLs this server gives devices, from settings or else the device plane's bound address.</summary>
public sealed class PhoneServerUrls(IOptions<PhoneProvisioningOptions> options, PlaneListeners planes)
{
    public string ProfileBaseUrl => (options.Value.ProfileBaseUrl ?? planes.UriOf(Plane.Device).ToString()).TrimEnd('/');

    public string AcsUrl => options.Value.AcsUrl ?? planes.UriOf(Plane.Device).ToString();
}
