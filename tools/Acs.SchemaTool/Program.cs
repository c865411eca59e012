// Scaffolds an EF Core migration for the ACS model, the job `dotnet ef migrations add` does elsewhere.
// Usage: dotnet run --project tools/Acs.SchemaTool -- <MigrationName>
using Acs.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Acs.SchemaTool <MigrationName>");
    return 2;
}

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Acs.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run inside the repository");
}

var options = new DbContextOptionsBuilder<AcsDbContext>().UseSqlite("Data Source=:memory:").Options;
await using var db = new AcsDbContext(options);
var services = new ServiceCollection()
    .AddEntityFrameworkDesignTimeServices()
    .AddDbContextDesignTimeServices(db);
#pragma warning disable EF1001 // the SQLite provider exposes its design-time services only through this type
new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
await using var provider = services.BuildServiceProvider();
var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(args[0], "Acs.Core", "Persistence/Migrations", "C#");
var files = scaffolder.Save(Path.Combine(root, "src", "Acs.Core"), migration, Path.Combine(root, "src", "Acs.Core", "Persistence", "Migrations"));
Console.WriteLine($"wrote {files.MigrationFile}");
return 0;
