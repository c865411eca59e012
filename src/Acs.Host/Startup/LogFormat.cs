using Microsoft.Extensions.Logging.Console;

namespace Acs.Host.Startup;

/// <summary>
/// ACS_LOG_FORMAT: "json" writes one JSON object per line (timestamp, level, category, message and the
/// message's named values) for log shippers; "simple" (the default) is the readable console format.
/// Logging:Console:FormatterName is honoured too; the slim host registers only the simple formatter, so
/// this is what makes either setting take effect.
/// </summary>
public static class LogFormat
{
    public const string Setting = "ACS_LOG_FORMAT";

    public static void Apply(ILoggingBuilder logging, IConfiguration settings)
    {
        var format = settings[Setting] ?? settings["Logging:Console:FormatterName"] ?? ConsoleFormatterNames.Simple;
        if (string.Equals(format, ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(json =>
            {
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
            });
        }
        else if (string.Equals(format, ConsoleFormatterNames.Simple, StringComparison.OrdinalIgnoreCase))
        {
            logging.AddSimpleConsole(simple => simple.SingleLine = settings.GetValue("Logging:Console:FormatterOptions:SingleLine", false));
        }
        else
        {
            throw new StartupRefusedException($"{Setting}: '{format}' is not a log format; use json or simple");
        }
    }
}
