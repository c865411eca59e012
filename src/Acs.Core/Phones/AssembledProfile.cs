using Acs.Provisioning.Profiles;

namespace Acs.Core.Phones;

/// <summary>
/// A phone's merged profile and the delivery settings of its most specific layers: encryption, Digest
/// credentials and gzip each come from the most specific layer that sets them.
/// </summary>
public sealed record AssembledProfile(
    FlatProfile Profile, LayerEncryption? Encryption, LayerCredentials? Credentials, bool Gzip, bool HasMacLayer, IReadOnlyList<string> Layers);
