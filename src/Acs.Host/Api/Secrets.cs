using System.Text.Json.Nodes;

namespace Acs.Host.Api;

/// <summary>
/// Keeps credentials out of API answers: parameter values whose names say they are secret come back as
/// null, and passwords inside task arguments as "********".
/// </summary>
public static class Secrets
{
    public const string Mask = "********";

    private static readonly string[] SecretSuffixes = ["Password", "Passwd", "Secret", "Passphrase", "PreSharedKey", "PSK", "Key"];

    // Ends in "Key" but carries no secret: the TR-069 bookkeeping keys.
    private static readonly string[] PublicKeys = ["ParameterKey", "CommandKey"];

    public static bool IsSecretName(string name) =>
        SecretSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
        && !PublicKeys.Any(k => name.EndsWith(k, StringComparison.OrdinalIgnoreCase));

    /// <summary>Masks "password" members and values of secret parameters in task arguments or results, in place.</summary>
    public static JsonObject MaskArguments(JsonObject arguments)
    {
        if (arguments["password"] is JsonValue password && password.GetValue<string>().Length > 0)
        {
            arguments["password"] = Mask;
        }

        if (arguments["parameterValues"] is JsonArray values)
        {
            foreach (var value in values.OfType<JsonObject>())
            {
                if (value["name"]?.GetValue<string>() is { } name && IsSecretName(name))
                {
                    value["value"] = Mask;
                }
            }
        }

        return arguments;
    }
}
