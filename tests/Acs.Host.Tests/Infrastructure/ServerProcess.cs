using System.Collections.Concurrent;
using System.Diagnostics;

namespace Acs.Host.Tests.Infrastructure;

/// <summary>
/// The server binary as an operator runs it (`dotnet Acs.Host.dll`), in its own process with its own
/// working directory and environment, for what only a process shows: exit codes, what reaches the console,
/// settings files found from the working directory. Lines are awaited, never slept for.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly SemaphoreSlim lineArrived = new(0);
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => this.process = process;

    public static string Binary => Path.Combine(AppContext.BaseDirectory, "Acs.Host.dll");

    public IReadOnlyCollection<string> Output => output;

    public IReadOnlyCollection<string> Errors => errors;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts `dotnet Acs.Host.dll args` in <paramref name="workingDirectory"/> with only the given ACS settings in its environment.</summary>
    public static ServerProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Binary);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test runner's own settings must not leak into the server under test.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ACS_", StringComparison.Ordinal) || k.StartsWith("Acs__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        server.process.OutputDataReceived += (_, e) => server.Add(server.output, e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Add(server.errors, e.Data);
        server.process.Exited += (_, _) => server.exited.TrySetResult();
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until standard output has a line matching <paramref name="match"/>; fails if the process exits first.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (output.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (exited.Task.IsCompleted)
            {
                process.WaitForExit();
                Assert.Fail($"The server exited ({process.ExitCode}) before printing the expected line.\nstdout:\n{string.Join('\n', output)}\nstderr:\n{string.Join('\n', errors)}");
            }

            await Task.WhenAny(lineArrived.WaitAsync(limit.Token), exited.Task);
            limit.Token.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Waits for the process to exit by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
        process.WaitForExit(); // drains the redirected streams
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        lineArrived.Dispose();
    }

    private void Add(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
            lineArrived.Release();
        }
    }
}
