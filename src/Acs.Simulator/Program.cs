using Acs.Cwmp;
using Acs.Simulator;
using Acs.Simulator.Cli;
using Acs.Simulator.DataModel;
using Acs.Simulator.Device;
using Acs.Simulator.Http;

if (args is ["fleet", ..])
{
    using var fleetStop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        fleetStop.Cancel();
    };
    return await FleetCommand.RunAsync(args[1..], fleetStop.Token);
}

var (options, error) = SimulatorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(SimulatorOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

await using var listener = new ConnectionRequestListener(port: options.ConnectionRequestPort);
var runs = new List<Task>();
for (var i = 0; i < options.Count; i++)
{
    var serial = options.SerialFor(i);
    var (manufacturer, productClass) = options.Kind == DeviceKind.Phone ? ("Cisco Systems, Inc.", "CP-8841-3PCC") : ("Acs Simulator", "VGW-1");
    var settings = new DeviceSettings
    {
        AcsUrl = options.AcsUrl.ToString(),
        Username = options.Username,
        Password = options.Password,
        ConnectionRequestUsername = options.ConnectionRequestUsername,
        ConnectionRequestPassword = options.ConnectionRequestPassword,
        PeriodicInformInterval = options.PeriodicSeconds ?? 3600,
        PeriodicInformEnable = options.PeriodicSeconds is not 0,
        AddressSeed = i + 2,
    };
    var device = VirtualDevice.Create(options.Kind, new DeviceIdStruct(manufacturer, options.Oui, productClass, serial), settings, options.Behaviour());
    var url = listener.Register(device);
    Console.WriteLine($"[{serial}] connection requests at {url}");
    var runner = new DeviceRunner(device);
    runner.SessionFinished += (d, result) => Console.WriteLine($"[{d.DeviceId.SerialNumber}] session {runner.SessionCount}: {result}");
    runs.Add(runner.RunAsync(options.Sessions, stop.Token));
}

try
{
    await Task.WhenAll(runs);
}
catch (OperationCanceledException)
{
    Console.WriteLine("stopped");
}

return 0;
