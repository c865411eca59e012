using System.Text;

namespace Acs.Testing;

public sealed record ToolRun(int ExitCode, byte[] StandardOutput, string StandardError)
{
    public string Describe() => $"exit {ExitCode}\nstdout: {Encoding.UTF8.GetString(StandardOutput)}\nstderr: {StandardError}";
}
