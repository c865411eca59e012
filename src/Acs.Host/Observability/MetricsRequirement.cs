using Microsoft.AspNetCore.Authorization;

namespace Acs.Host.Observability;

/// <summary>The requirement of the /metrics policy, met by <see cref="MetricsAccess"/>.</summary>
public sealed class MetricsRequirement : IAuthorizationRequirement;
