using Acs.Bench;

var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var report = await new BenchRun(options, Console.Out).RunAsync(stop.Token);
await report.WriteAsync(options.OutDirectory, stop.Token);
Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
return 0;
