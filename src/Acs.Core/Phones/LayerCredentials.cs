namespace Acs.Core.Phones;

// HTTP Digest credentials a phone must present to fetch a profile that includes the layer.
public sealed record LayerCredentials(string Username, string Password);
