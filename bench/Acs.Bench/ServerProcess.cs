using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Acs.Bench;

/// <summary>
/// The real ACS as its own process (dotnet Acs.Host.dll) on loopback with a private data directory, so
/// its CPU time and peak memory can be read apart from the load generator's. Pinned to the last core when
/// the machine has more than one; the load generator pins itself to the others.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, string dataDir, Uri deviceUrl, Uri operatorUrl)
    {
        this.process = process;
        DataDir = dataDir;
        DeviceUrl = deviceUrl;
        OperatorUrl = operatorUrl;
    }

    public string DataDir { get; }

    public Uri DeviceUrl { get; }

    public Uri OperatorUrl { get; }

    public string DatabasePath => Path.Combine(DataDir, "acs.db");

    public int Pid => process.Id;

    public ProcessUsage Usage => ProcessUsage.Of(process.Id);

    public static async Task<ServerProcess> StartAsync(string dataDir, bool pin, CancellationToken ct, string sync = "Full")
    {
        Directory.CreateDirectory(dataDir);
        var devicePort = FreePort();
        var operatorPort = FreePort();
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Acs.Host.dll");
        var cores = Environment.ProcessorCount;
        var useTaskset = pin && cores > 1 && File.Exists("/usr/bin/taskset");
        var start = new ProcessStartInfo(useTaskset ? "/usr/bin/taskset" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTaskset)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add((cores - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(hostDll);
        start.Environment["ACS_DATA_DIR"] = dataDir;
        start.Environment["ACS_DEVICE_URL"] = $"http://127.0.0.1:{devicePort}";
        start.Environment["ACS_OPERATOR_URL"] = $"http://127.0.0.1:{operatorPort}";
        start.Environment["ACS_BOOTSTRAP_API_KEY"] = "acs_bench-admin-key";
        start.Environment["ACS_TFTP_ENABLED"] = "false";
        start.Environment["Acs__Bench__CeilingEndpoint"] = "true";
        start.Environment["Acs__MaxConcurrentSessions"] = "100000";
        start.Environment["Acs__DatabaseSync"] = sync;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("server: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, dataDir, new Uri($"http://127.0.0.1:{devicePort}/"), new Uri($"http://127.0.0.1:{operatorPort}/"));
        await server.WaitReadyAsync(ct);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            }

            try
            {
                using var answer = await http.GetAsync(new Uri(OperatorUrl, "healthz"), ct);
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // The first request of a server still warming up on a busy machine can take longer than the probe's 2 s.
            }

            // Polling a process that is starting: there is no signal to await across processes.
            await Task.Delay(100, ct);
        }

        throw new TimeoutException("the server did not become ready in 60 s");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
