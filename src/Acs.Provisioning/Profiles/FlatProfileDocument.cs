using System.Text;
using System.Xml;

namespace Acs.Provisioning.Profiles;

// Renders <device><flat-profile>...</flat-profile></device> as UTF-8 without a byte order mark.
public static class FlatProfileDocument
{
    public const string Mask = "********";

    private static readonly byte[] Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8.ToArray();

    public static byte[] Render(FlatProfile profile, bool maskSecrets = false)
    {
        using var stream = new MemoryStream();
        stream.Write(Declaration);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartElement("device");
            writer.WriteStartElement("flat-profile");
            foreach (var parameter in profile.Parameters)
            {
                writer.WriteStartElement(parameter.Name);
                if (parameter.Access is { } access)
                {
                    writer.WriteAttributeString("ua", AccessText(access));
                }

                if (parameter.Value is { } value)
                {
                    writer.WriteString(maskSecrets && parameter.IsSecret ? Mask : value);

                    // <X></X> sets an empty value; a self-closing <X/> would only change the access.
                    writer.WriteFullEndElement();
                }
                else
                {
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static string AccessText(UserAccess access) => access switch
    {
        UserAccess.NoAccess => "na",
        UserAccess.ReadOnly => "ro",
        _ => "rw",
    };
}
