using System.Globalization;

namespace Acs.Host.Tests.Observability;

/// <summary>A Prometheus text exposition, read the way a query would: sum of the samples of a name with the given labels.</summary>
public sealed class Scrape(string text)
{
    public string Text => text;

    public IEnumerable<string> Names => text.Split('\n')
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => l[..l.IndexOfAny(['{', ' '])])
        .Distinct();

    public double Sum(string name, params string[] labels) => text.Split('\n')
        .Where(l => (l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            && labels.All(label => l.Contains(label, StringComparison.Ordinal)))
        .Sum(l => double.Parse(l.Split(' ')[^1], CultureInfo.InvariantCulture));

    public bool Has(string name) => Names.Contains(name);
}
