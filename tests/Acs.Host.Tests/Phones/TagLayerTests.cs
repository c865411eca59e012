using System.Net;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Phones;

/// <summary>Tags put on a phone through the devices API select its tags/{tag} profile layers.</summary>
public sealed class TagLayerTests
{
    private static readonly Phone Phone = new("00562b0436aa");

    [Fact]
    public async Task A_registry_tag_on_the_phone_brings_in_its_tag_layer_between_model_and_mac()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, "models/CP-8851-3PCC", new { parameters = Layers.Parameters(("Station_Name", "model"), ("Time_Zone", "GMT")) });
        await Layers.PutAsync(server, "tags/lobby", new { parameters = Layers.Parameters(("Station_Name", "lobby"), ("Time_Zone", "GMT+1")) });
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Station_Name", "Desk 7")) });

        var untagged = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);
        Assert.Contains("<Time_Zone>GMT</Time_Zone>", untagged.Text, StringComparison.Ordinal);

        using var api = server.Api();
        var id = Uri.EscapeDataString("00562B-CP%2D8851%2D3PCC-00562B0436AA");
        using var tagged = await api.PutAsync($"/api/v1/devices/{id}/tags/lobby", null);
        Assert.Equal(HttpStatusCode.NoContent, tagged.StatusCode);

        var withTag = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);

        Assert.Contains("<Time_Zone>GMT+1</Time_Zone>", withTag.Text, StringComparison.Ordinal);
        Assert.Contains("<Station_Name>Desk 7</Station_Name>", withTag.Text, StringComparison.Ordinal);
    }
}
