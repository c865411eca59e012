namespace Acs.Host.Planes;

/// <summary>Endpoint metadata naming the plane an endpoint belongs to; endpoints without it are operator-only.</summary>
public sealed record PlaneMetadata(Plane Plane);
