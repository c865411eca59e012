using Acs.Core.Events;
using Acs.Core.Persistence;
using Acs.Core.Security;
using Acs.Core.Sessions;
using Acs.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Acs.Core;

public static class CoreServices
{
    /// <summary>Registers the ACS engine on SQLite at <paramref name="databasePath"/>.</summary>
    public static IServiceCollection AddAcsCore(this IServiceCollection services, string databasePath)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAcsEventSink, NullEventSink>();
        services.TryAddSingleton<IFileLocator, NoFiles>();
        services.TryAddSingleton<Phones.IPhoneTags, Phones.RegistryPhoneTags>();
        services.TryAddSingleton<WriteGate>();
        services.TryAddSingleton<Observability.AcsMetrics>();
        services.TryAddSingleton<Observability.PersistenceMetrics>();
        services.AddPooledDbContextFactory<AcsDbContext>((sp, o) =>
        {
            o.UseSqlite(AcsDatabase.ConnectionString(databasePath))
                .AddInterceptors(sp.GetRequiredService<WriteGate>(), sp.GetRequiredService<Observability.PersistenceMetrics>());

            // FULL is SQLite's own default, so only NORMAL needs the pragma (one command per connection open).
            if ((sp.GetService<IOptions<AcsOptions>>()?.Value.DatabaseSync ?? DatabaseSync.Full) == DatabaseSync.Normal)
            {
                o.AddInterceptors(new SyncModeInterceptor(DatabaseSync.Normal));
            }
        });
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<TaskSignals>();
        services.AddSingleton(sp => new TaskLifecycle(sp.GetRequiredService<IOptions<AcsOptions>>().Value));
        services.AddSingleton(sp => new DeviceAuthenticator(sp.GetRequiredService<IOptions<AcsOptions>>().Value.DeviceAuth, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SessionWork>();
        services.AddSingleton<SessionEngine>();
        services.AddSingleton<Refusals>();
        services.AddSingleton<TaskQueue>();
        services.AddSingleton<Access.ApiKeys>();
        services.AddSingleton<Devices.DeviceDirectory>();
        services.AddSingleton<ConnectionRequests.DeviceWaker>();
        services.AddSingleton<Phones.PhoneProfiles>();
        services.AddSingleton<Phones.ProvisioningEngine>();
        services.AddSingleton<Phones.ReportIntake>();
        return services;
    }

    private sealed class NoFiles : IFileLocator
    {
        public (string Url, long Size)? Locate(string fileId) => null;
    }
}
