using System.Globalization;
using Acs.Core;
using Acs.Core.Devices;
using Acs.Core.Persistence;
using Acs.Simulator.Device;
using Acs.Simulator.Fleet;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Bench;

/// <summary>
/// Fills a fresh database with registered devices the way the ACS would have stored them after their first
/// session (a row per device and its Inform parameters), in one transaction with prepared commands: going
/// through the ACS for a million devices would take hours and measure nothing new.
/// </summary>
public static class DatabaseSeeder
{
    public static async Task CreateSchemaAsync(string databasePath, CancellationToken ct)
    {
        await using var services = new ServiceCollection().AddOptions().AddLogging().AddAcsCore(databasePath).BuildServiceProvider();
        await AcsDatabase.PrepareAsync(services.GetRequiredService<IDbContextFactory<AcsDbContext>>(), ct);
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Registers devices 0..count-1 of the fleet spec (serials as the fleet numbers them).</summary>
    public static async Task SeedAsync(string databasePath, FleetSpec spec, int count, CancellationToken ct)
    {
        await CreateSchemaAsync(databasePath, ct);
        var templates = new Dictionary<DeviceKind, IReadOnlyList<(string Name, string Value, string Type)>>();
        foreach (var kind in new[] { DeviceKind.Gateway, DeviceKind.Phone })
        {
            var index = Enumerable.Range(0, 4).First(i => spec.KindOf(i) == kind);
            var device = new FleetMember(index, kind, spec.SerialOf(index), registered: true).Materialise(spec);
            templates[kind] = device.CreateInform().ParameterList.Select(p => (p.Name, p.Value, p.Type)).ToList();
        }

        await using var connection = new SqliteConnection(AcsDatabase.ConnectionString(databasePath));
        await connection.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        using var insertDevice = connection.CreateCommand();
        insertDevice.Transaction = transaction;
        insertDevice.CommandText =
            "INSERT INTO devices (Id, Oui, ProductClass, SerialNumber, Manufacturer, SoftwareVersion, HardwareVersion, "
            + "CwmpNamespace, IpAddress, PeriodicInformInterval, HasInformed, RegisteredAt, LastInform, LastBoot, LastBootstrap) "
            + "VALUES ($id, $oui, $pc, $sn, $mf, '1.0.0', '1.0', 'urn:dslforum-org:cwmp-1-2', '127.0.0.1', 3600, 1, $now, $now, $now, $now)";
        var id = insertDevice.Parameters.Add("$id", SqliteType.Text);
        var oui = insertDevice.Parameters.Add("$oui", SqliteType.Text);
        var productClass = insertDevice.Parameters.Add("$pc", SqliteType.Text);
        var serial = insertDevice.Parameters.Add("$sn", SqliteType.Text);
        var manufacturer = insertDevice.Parameters.Add("$mf", SqliteType.Text);
        insertDevice.Parameters.AddWithValue("$now", now);
        insertDevice.Prepare();

        using var insertParameter = connection.CreateCommand();
        insertParameter.Transaction = transaction;
        insertParameter.CommandText =
            "INSERT INTO device_parameters (DeviceId, Name, Value, Type, UpdatedAt) VALUES ($id, $name, $value, $type, $now)";
        var parameterDevice = insertParameter.Parameters.Add("$id", SqliteType.Text);
        var name = insertParameter.Parameters.Add("$name", SqliteType.Text);
        var value = insertParameter.Parameters.Add("$value", SqliteType.Text);
        var type = insertParameter.Parameters.Add("$type", SqliteType.Text);
        insertParameter.Parameters.AddWithValue("$now", now);
        insertParameter.Prepare();

        var stride = Math.Max(spec.SerialStride, 1);
        for (var i = 0; i < count; i++)
        {
            // Fleet member j speaks for serial j * stride; other serials are devices that stay idle in the database.
            var kind = spec.KindOf(i % stride == 0 ? i / stride : i);
            var member = new FleetMember(i, kind, spec.SerialPrefix + i.ToString("D7", CultureInfo.InvariantCulture), registered: true);
            var deviceId = member.DeviceId;
            id.Value = DeviceIdentity.From(deviceId);
            oui.Value = deviceId.OUI;
            productClass.Value = deviceId.ProductClass;
            serial.Value = deviceId.SerialNumber;
            manufacturer.Value = deviceId.Manufacturer;
            await insertDevice.ExecuteNonQueryAsync(ct);
            parameterDevice.Value = id.Value;
            foreach (var parameter in templates[kind])
            {
                name.Value = parameter.Name;
                value.Value = parameter.Value;
                type.Value = parameter.Type;
                await insertParameter.ExecuteNonQueryAsync(ct);
            }
        }

        await transaction.CommitAsync(ct);
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
    }
}
