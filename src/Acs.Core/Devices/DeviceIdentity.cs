using System.Text;
using Acs.Cwmp;

namespace Acs.Core.Devices;

/// <summary>
/// The registry id of a device: <c>OUI-ProductClass-SerialNumber</c> (or <c>OUI-SerialNumber</c> without a
/// product class), each part percent-encoded except <c>[A-Za-z0-9_]</c>, so "-" inside a part is "%2D".
/// This is the form GenieACS uses, which lets integrators migrate ids unchanged.
/// </summary>
public static class DeviceIdentity
{
    public static string From(DeviceIdStruct id) => From(id.OUI, id.ProductClass, id.SerialNumber);

    /// <summary>
    /// Why a reported identity cannot name a device, or null. The limits are the CWMP schema's
    /// (DeviceIdStruct: OUI exactly 6 characters, Manufacturer, ProductClass and SerialNumber at most 64);
    /// an empty OUI or serial would make every such device one record.
    /// </summary>
    public static string? Problem(DeviceIdStruct id)
    {
        if (id.OUI.Length == 0 || id.SerialNumber.Length == 0)
        {
            return $"DeviceId: {(id.OUI.Length == 0 ? "OUI" : "SerialNumber")} is empty.";
        }

        if (Characters(id.OUI) != 6)
        {
            return "DeviceId: OUI must be 6 characters.";
        }

        foreach (var (name, value) in new[] { ("Manufacturer", id.Manufacturer), ("ProductClass", id.ProductClass), ("SerialNumber", id.SerialNumber) })
        {
            if (Characters(value) > 64)
            {
                return $"DeviceId: {name} is longer than 64 characters.";
            }
        }

        return null;
    }

    private static int Characters(string text) => text.EnumerateRunes().Count();

    public static string From(string oui, string productClass, string serialNumber) =>
        string.IsNullOrEmpty(productClass)
            ? $"{Escape(oui)}-{Escape(serialNumber)}"
            : $"{Escape(oui)}-{Escape(productClass)}-{Escape(serialNumber)}";

    public static string Escape(string part)
    {
        if (part.AsSpan().ContainsAnyExcept(SafeChars))
        {
            var builder = new StringBuilder(part.Length + 8);
            foreach (var b in Encoding.UTF8.GetBytes(part))
            {
                if (b < 128 && SafeChars.Contains((char)b))
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        return part;
    }

    private static readonly System.Buffers.SearchValues<char> SafeChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
}
