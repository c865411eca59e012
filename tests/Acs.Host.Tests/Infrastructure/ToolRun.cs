using System.Text;

namespace Acs.Host.Tests.Infrastructure;

public sealed record ToolRun(int ExitCode, byte[] StandardOutput, string StandardError)
{
    public string Describe() => $"exit {ExitCode}\nstdout: {Encoding.UTF8.GetString(StandardOutput)}\nstderr: {StandardError}";
}
