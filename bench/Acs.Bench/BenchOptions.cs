namespace Acs.Bench;

/// <summary>The benchmark's command line: --quick for the smoke run, --out for where the figures go.</summary>
public sealed record BenchOptions
{
    public const string Usage = "usage: Acs.Bench [--quick] [--out DIR] [--sizes 1000,10000,...] [--no-pin]";

    public bool Quick { get; init; }
    public string OutDirectory { get; init; } = Path.Combine("bench", "results");
    public bool Pin { get; init; } = true;
    public IReadOnlyList<int> ScaleSizes { get; init; } = [1_000, 10_000, 100_000, 1_000_000];

    public int Devices => Quick ? 50 : 1_000;
    public int Concurrency => Quick ? 8 : 64;
    public TimeSpan StormDuration => Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(15);
    public int ConnectionRequests => Quick ? 5 : 200;

    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var sizesGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    options = options with { Quick = true };
                    break;
                case "--no-pin":
                    options = options with { Pin = false };
                    break;
                case "--out" when i + 1 < args.Count:
                    options = options with { OutDirectory = args[++i] };
                    break;
                case "--sizes" when i + 1 < args.Count:
                    var sizes = args[++i].Split(',').Select(s => int.TryParse(s, out var n) && n > 0 ? n : -1).ToList();
                    if (sizes.Contains(-1))
                    {
                        return (null, "--sizes takes positive numbers separated by commas");
                    }

                    options = options with { ScaleSizes = sizes };
                    sizesGiven = true;
                    break;
                default:
                    return (null, $"unknown option {args[i]}");
            }
        }

        if (options.Quick && !sizesGiven)
        {
            options = options with { ScaleSizes = [1_000] };
        }

        return (options, null);
    }
}
