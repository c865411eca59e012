using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Acs.Host.Tests.Infrastructure;

/// <summary>
/// Collects what the server logs: errors (with exception text) into one queue, and every entry at or above
/// <paramref name="minimum"/> into another, with the message's named values, for tests that read the log.
/// </summary>
public sealed class CollectingLoggerProvider(ConcurrentQueue<string> errors, ConcurrentQueue<LoggedEntry> entries, LogLevel minimum = LogLevel.Information) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, errors, entries, minimum);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<string> errors, ConcurrentQueue<LoggedEntry> entries, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum || logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var message = formatter(state, exception);
            if (logLevel >= LogLevel.Error)
            {
                errors.Enqueue($"{category}: {message} {exception}");
            }

            if (logLevel >= minimum)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
                    : [];
                entries.Enqueue(new LoggedEntry(logLevel, category, message, values, exception?.ToString()));
            }
        }
    }
}
