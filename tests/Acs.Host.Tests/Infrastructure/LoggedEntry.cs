using Microsoft.Extensions.Logging;

namespace Acs.Host.Tests.Infrastructure;

/// <summary>One entry the server logged: level, category, formatted message, named values, exception text.</summary>
public sealed record LoggedEntry(LogLevel Level, string Category, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public string AllText => string.Join("\n", [Message, .. Values, Exception ?? ""]);
}
