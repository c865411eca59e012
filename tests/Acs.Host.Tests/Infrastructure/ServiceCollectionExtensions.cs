using Microsoft.Extensions.DependencyInjection;

namespace Acs.Host.Tests.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>Replaces the server's clock, so tests move time instead of waiting for it.</summary>
    public static IServiceCollection AddSingletonTimeProvider(this IServiceCollection services, TimeProvider clock)
    {
        services.AddSingleton(clock);
        return services;
    }
}
