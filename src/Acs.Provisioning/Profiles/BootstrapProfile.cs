namespace Acs.Provisioning.Profiles;

// The bootstrap document: its only job is to point Profile_Rule at the phone's own profile. "$MA"
// stays literal here; the phone expands it, so one document serves every phone of a series.
public static class BootstrapProfile
{
    public static FlatProfile Create(string perDeviceBaseUrl)
    {
        if (!Uri.TryCreate(perDeviceBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "tftp"))
        {
            throw new ArgumentException($"'{perDeviceBaseUrl}' is not an absolute http, https or tftp URL.", nameof(perDeviceBaseUrl));
        }

        return new FlatProfile(
        [
            new ProfileParameter("Profile_Rule", $"{perDeviceBaseUrl.TrimEnd('/')}/$MA.xml", UserAccess.NoAccess),
        ]);
    }

    public static byte[] Render(string perDeviceBaseUrl) => FlatProfileDocument.Render(Create(perDeviceBaseUrl));
}
