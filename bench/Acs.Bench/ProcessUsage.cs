using System.Globalization;

namespace Acs.Bench;

/// <summary>CPU time and peak resident memory of a process, read from /proc (Linux only; zeros elsewhere).</summary>
public readonly record struct ProcessUsage(double CpuSeconds, long PeakRssBytes)
{
    public static ProcessUsage Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            var hwm = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kb = long.Parse(hwm["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            // USER_HZ is 100 on every Linux this runs on.
            return new ProcessUsage(ticks / 100.0, kb * 1024);
        }
        catch (IOException)
        {
            return default;
        }
    }
}
