using System.Text;
using Acs.Simulator.Device;

namespace Acs.Simulator.Http;

/// <summary>
/// Rewrites a fault envelope from the codec's standard shape into the odd shapes some agents send. The
/// codec writes one fixed layout, so the rewrite works on its text.
/// </summary>
public static class FaultShapes
{
    public static byte[] Apply(byte[] envelope, FaultShape shape)
    {
        if (shape == FaultShape.Standard)
        {
            return envelope;
        }

        var text = Encoding.UTF8.GetString(envelope);
        var soapFault = text.IndexOf("<soap-env:Fault>", StringComparison.Ordinal);
        var soapFaultEnd = text.IndexOf("</soap-env:Fault>", StringComparison.Ordinal);
        var detail = text.IndexOf("<detail>", StringComparison.Ordinal);
        var detailEnd = text.IndexOf("</detail>", StringComparison.Ordinal);
        if (soapFault < 0 || soapFaultEnd < 0 || detail < 0 || detailEnd < 0)
        {
            return envelope;
        }

        var cwmpFault = text[(detail + "<detail>".Length)..detailEnd];
        var rewritten = shape switch
        {
            // <faultstring>, a line break, the whole <detail>, a line break, </faultstring>.
            FaultShape.Nested => text[..text.IndexOf("<faultstring>", StringComparison.Ordinal)]
                + "<faultstring>\n<detail>" + cwmpFault + "</detail>\n</faultstring>" + text[(detailEnd + "</detail>".Length)..],
            _ => text[..soapFault] + cwmpFault + text[(soapFaultEnd + "</soap-env:Fault>".Length)..],
        };
        return Encoding.UTF8.GetBytes(rewritten);
    }
}
