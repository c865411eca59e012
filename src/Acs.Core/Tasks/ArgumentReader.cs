using System.Text.Json;
using System.Text.Json.Nodes;

namespace Acs.Core.Tasks;

/// <summary>Reads typed members out of a JSON arguments object, remembering the first error with its field path.</summary>
internal sealed class ArgumentReader(JsonObject args)
{
    public ArgumentError? Error { get; private set; }

    public void Fail(string field, string message) => Error ??= new ArgumentError(field, message);

    public string? String(string name, bool required, int max) => String(args, name, name, required, max);

    public bool? Bool(string name) => Bool(args, name, name);

    public uint? UInt(string name, bool required = false)
    {
        var node = args[name];
        if (node is null)
        {
            if (required)
            {
                Fail(name, "is required");
            }

            return null;
        }

        if (node is JsonValue value && value.TryGetValue(out long number) && number is >= 0 and <= uint.MaxValue)
        {
            return (uint)number;
        }

        Fail(name, "must be a non-negative integer");
        return null;
    }

    public void RequireAbsoluteUrl(string field, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            Fail(field, "must be an absolute URL");
        }
    }

    public JsonArray StringArray(string name, int max)
    {
        var result = new JsonArray();
        if (args[name] is not JsonArray array || array.Count == 0)
        {
            Fail(name, "must be a non-empty array of strings");
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.TryGetValue(out string? text) && text.Length <= max)
            {
                result.Add(text);
            }
            else
            {
                Fail($"{name}[{i}]", $"must be a string of at most {max} characters");
            }
        }

        return result;
    }

    public JsonArray ParameterValues(string name)
    {
        var result = new JsonArray();
        foreach (var (item, path) in Objects(name))
        {
            var parameter = String(item, "name", $"{path}.name", required: true, max: 256);
            var value = Scalar(item, "value", $"{path}.value");
            var type = String(item, "type", $"{path}.type", required: false, max: 32);
            var entry = new JsonObject { ["name"] = parameter, ["value"] = value };
            if (type is not null)
            {
                if (Acs.Cwmp.XsdTypes.TryNormalize(type, out var normalized))
                {
                    entry["type"] = normalized;
                }
                else
                {
                    Fail($"{path}.type", "must be one of " + string.Join(", ", Acs.Cwmp.XsdTypes.All));
                }
            }

            result.Add(entry);
        }

        return result;
    }

    public JsonArray AttributeChanges(string name)
    {
        var result = new JsonArray();
        foreach (var (item, path) in Objects(name))
        {
            var entry = new JsonObject
            {
                ["name"] = String(item, "name", $"{path}.name", required: true, max: 256),
                ["notificationChange"] = Bool(item, "notificationChange", $"{path}.notificationChange") ?? item.ContainsKey("notification"),
                ["notification"] = Notification(item, $"{path}.notification"),
                ["accessListChange"] = Bool(item, "accessListChange", $"{path}.accessListChange") ?? item.ContainsKey("accessList"),
                ["accessList"] = AccessList(item, $"{path}.accessList"),
            };
            result.Add(entry);
        }

        return result;
    }

    private IEnumerable<(JsonObject Item, string Path)> Objects(string name)
    {
        if (args[name] is not JsonArray array || array.Count == 0)
        {
            Fail(name, "must be a non-empty array of objects");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item)
            {
                yield return (item, $"{name}[{i}]");
            }
            else
            {
                Fail($"{name}[{i}]", "must be an object");
            }
        }
    }

    private int Notification(JsonObject item, string path)
    {
        var node = item["notification"];
        if (node is null)
        {
            return 0;
        }

        if (node is JsonValue v && v.TryGetValue(out int n) && n is >= 0 and <= 6)
        {
            return n;
        }

        Fail(path, "must be an integer from 0 to 6");
        return 0;
    }

    private JsonArray AccessList(JsonObject item, string path)
    {
        var result = new JsonArray();
        switch (item["accessList"])
        {
            case null:
                break;
            case JsonArray array:
                foreach (var entry in array)
                {
                    if (entry is JsonValue v && v.TryGetValue(out string? text))
                    {
                        result.Add(text);
                    }
                    else
                    {
                        Fail(path, "must be an array of strings");
                    }
                }

                break;
            default:
                Fail(path, "must be an array of strings");
                break;
        }

        return result;
    }

    private string? String(JsonObject obj, string name, string path, bool required, int max)
    {
        var node = obj[name];
        if (node is null)
        {
            if (required)
            {
                Fail(path, "is required");
            }

            return null;
        }

        if (node is JsonValue v && v.TryGetValue(out string? text))
        {
            if (text.Length > max)
            {
                Fail(path, $"must be at most {max} characters");
            }
            else if (required && text.Length == 0)
            {
                Fail(path, "must not be empty");
            }

            return text;
        }

        Fail(path, "must be a string");
        return null;
    }

    private bool? Bool(JsonObject obj, string name, string path)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetValue<bool>();
        }

        Fail(path, "must be a boolean");
        return null;
    }

    private string? Scalar(JsonObject obj, string name, string path)
    {
        switch (obj[name])
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return v.GetValue<string>();
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return v.ToJsonString();
            case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return v.GetValue<bool>() ? "true" : "false";
            case null:
                Fail(path, "is required");
                return null;
            default:
                Fail(path, "must be a string, number or boolean");
                return null;
        }
    }
}
