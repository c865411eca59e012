namespace Acs.Provisioning.Profiles;

// What the server knows about one phone, used for macro expansion. ProductSeries is the product name
// without its "CP-" prefix (CP-8851-3PCC -> 8851-3PCC), the form the factory rule "/$PSN.xml" asks for.
public sealed record PhoneIdentity(MacAddress Mac, string ProductName, string? SerialNumber = null)
{
    public string ProductSeries => ProductName.StartsWith("CP-", StringComparison.OrdinalIgnoreCase) ? ProductName[3..] : ProductName;
}
