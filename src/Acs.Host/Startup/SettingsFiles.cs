using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Acs.Host.Startup;

/// <summary>
/// Where settings come from, lowest first: appsettings.json and appsettings.{Environment}.json beside the
/// binaries; the same two files in the directory the server is started from; the file named by ACS_CONFIG;
/// environment variables; the command line. The operator's files sit above the shipped defaults and below
/// anything set for one run.
/// </summary>
public static class SettingsFiles
{
    public const string ConfigSetting = "ACS_CONFIG";

    public static void Layer(ConfigurationManager configuration, string environment)
    {
        var files = new List<(string Path, bool Optional)>();
        var here = Path.GetFullPath(Directory.GetCurrentDirectory());
        if (!SameDirectory(here, AppContext.BaseDirectory))
        {
            files.Add((Path.Combine(here, "appsettings.json"), true));
            files.Add((Path.Combine(here, $"appsettings.{environment}.json"), true));
        }

        if (configuration[ConfigSetting] is { Length: > 0 } named)
        {
            var path = Path.GetFullPath(named);
            if (!File.Exists(path))
            {
                throw new StartupRefusedException($"{ConfigSetting}: the settings file '{path}' does not exist");
            }

            files.Add((path, false));
        }

        // Above the last JSON file already there (those beside the binaries), below environment and command line.
        var at = configuration.Sources.Select((source, i) => (source, i)).LastOrDefault(s => s.source is JsonConfigurationSource).i + 1;
        foreach (var (path, optional) in files)
        {
            var source = new JsonConfigurationSource
            {
                FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(path)!),
                Path = Path.GetFileName(path),
                Optional = optional,
                ReloadOnChange = false,
            };
            try
            {
                configuration.Sources.Insert(at++, source);
            }
            catch (InvalidDataException e)
            {
                throw new StartupRefusedException($"The settings file '{path}' is not valid JSON: {e.InnerException?.Message ?? e.Message}", e);
            }
        }
    }

    private static bool SameDirectory(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
