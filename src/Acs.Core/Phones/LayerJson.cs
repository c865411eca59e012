using System.Text.Json;

namespace Acs.Core.Phones;

// The stored JSON form of layer columns: camelCase, nulls left out.
public static class LayerJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string? json) where T : class => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<T>(json, Options);

    public static IReadOnlyList<LayerParameter> Parameters(PhoneProfileLayer layer) => Read<List<LayerParameter>>(layer.ParametersJson) ?? [];

    public static IReadOnlyList<FirmwareLoad> Loads(FirmwarePath path) => Read<List<FirmwareLoad>>(path.LoadsJson) ?? [];
}
