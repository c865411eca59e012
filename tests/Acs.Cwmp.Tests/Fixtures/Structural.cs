using System.Collections;
using System.Reflection;

namespace Acs.Cwmp.Tests.Fixtures;

// Records holding IReadOnlyList compare lists by reference; tests compare by content instead and
// report the path of the first difference.
public static class Structural
{
    public static void AssertEqual(object? expected, object? actual)
    {
        var difference = FirstDifference(expected, actual, "");
        Assert.True(difference is null, $"Differs at {difference}");
    }

    public static string? FirstDifference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (expected is string || expected.GetType().IsValueType || actual is string || actual.GetType().IsValueType)
        {
            return Equals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                return $"{path}: {left.Count} items vs {right.Count}";
            }

            for (var i = 0; i < left.Count; i++)
            {
                var inner = FirstDifference(left[i], right[i], $"{path}[{i}]");
                if (inner is not null)
                {
                    return inner;
                }
            }

            return null;
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: type {expected.GetType().Name} vs {actual.GetType().Name}";
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var inner = FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            if (inner is not null)
            {
                return inner;
            }
        }

        return null;
    }

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
