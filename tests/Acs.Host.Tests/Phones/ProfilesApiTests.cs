using Acs.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Acs.Core.Phones;
using Acs.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Host.Tests.Phones;

public sealed class ProfilesApiTests
{
    private static readonly Phone Phone = new("00562b043615");

    [Fact]
    public async Task Secrets_are_masked_in_every_read_and_shown_in_clear_only_to_admin_in_the_rendered_profile()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new
        {
            parameters = Layers.Parameters(("Password_1_", new { value = "s3cret", ua = "na", secret = true }), ("Station_Name", "Desk")),
            encryption = new { method = "aes-256-cbc", passphrase = "pass-phrase", digest = "md5" },
            credentials = new { username = "phone", password = "digest-pw" },
        });
        var operatorKey = await CreateKeyAsync(server, "operator");

        var layer = await server.Api(operatorKey).GetStringAsync($"/api/v1/profiles/macs/{Phone.Mac}");
        var list = await server.Api(operatorKey).GetStringAsync("/api/v1/profiles");
        var masked = await server.Api(operatorKey).GetStringAsync($"/api/v1/profiles/macs/{Phone.Mac}/rendered");
        var clear = await server.Api().GetStringAsync($"/api/v1/profiles/macs/{Phone.Mac}/rendered");

        foreach (var secret in new[] { "s3cret", "pass-phrase", "digest-pw" })
        {
            Assert.DoesNotContain(secret, layer, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, masked, StringComparison.Ordinal);
        }

        Assert.Contains("\"Station_Name\":{\"value\":\"Desk\"", layer, StringComparison.Ordinal);
        Assert.Contains("<Password_1_ ua=\"na\">********</Password_1_>", masked, StringComparison.Ordinal);
        Assert.Contains("<Password_1_ ua=\"na\">s3cret</Password_1_>", clear, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Putting_back_a_layer_as_read_keeps_the_secrets_it_masked()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new
        {
            parameters = Layers.Parameters(("Password_1_", new { value = "s3cret", secret = true })),
            encryption = new { method = "aes-256-cbc", passphrase = "pass-phrase", digest = "sha256" },
            credentials = new { username = "phone", password = "digest-pw" },
        });
        var read = await server.Api().GetStringAsync($"/api/v1/profiles/macs/{Phone.Mac}");

        using var put = await server.Api().PutAsync($"/api/v1/profiles/macs/{Phone.Mac}", new StringContent(read, System.Text.Encoding.UTF8, "application/json"));
        var served = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent, "--digest", "--user", "phone:digest-pw");
        using var scratch = new ScratchDirectory();
        var openssl = ExternalTool.Run("/usr/bin/openssl", ["enc", "-d", "-aes-256-cbc", "-md", "sha256", "-k", "pass-phrase", "-in", scratch.Write("p.enc", served.Body)]);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(200, served.Status);
        Assert.True(openssl.ExitCode == 0, openssl.Describe());
        Assert.Contains("<Password_1_>s3cret</Password_1_>", System.Text.Encoding.UTF8.GetString(openssl.StandardOutput), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_layers_but_cannot_write_them()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, "default", new { parameters = Layers.Parameters(("Resync_Periodic", "3600")) });
        var viewer = server.Api(await CreateKeyAsync(server, "viewer"));

        using var read = await viewer.GetAsync("/api/v1/profiles/default");
        using var write = await viewer.PutAsJsonAsync("/api/v1/profiles/default", new { parameters = new { } });
        using var delete = await viewer.DeleteAsync("/api/v1/profiles/default");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Theory]
    [InlineData("macs/not-a-mac", "{}", "mac")]
    [InlineData("models/CP-8851-3PCC", "{\"parameters\":{\"1bad\":\"x\"}}", "parameters.1bad")]
    [InlineData("models/CP-8851-3PCC", "{\"parameters\":{\"A\":{\"value\":\"x\",\"ua\":\"admin\"}}}", "parameters.A")]
    [InlineData("default", "{\"encryption\":{\"method\":\"aes-256-cbc\",\"passphrase\":\"p\",\"digest\":\"sha1\"}}", "encryption")]
    [InlineData("default", "{\"encryption\":{\"method\":\"aes128gcm\",\"key\":\"AAAA\"}}", "encryption")]
    [InlineData("default", "{\"credentials\":{\"username\":\"u\"}}", "credentials")]
    public async Task An_invalid_layer_is_refused_with_the_field_named(string layer, string body, string field)
    {
        await using var server = await AcsTestServer.StartAsync();

        using var response = await server.Api().PutAsync($"/api/v1/profiles/{layer}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Layers_apply_in_order_default_model_tag_mac_and_deleting_a_layer_removes_its_values()
    {
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingleton<IPhoneTags>(new FixedTags("lobby")));
        await Layers.PutAsync(server, "default", new { parameters = Layers.Parameters(("A", "default"), ("B", "default"), ("C", "default"), ("D", "default")) });
        await Layers.PutAsync(server, "models/CP-8851-3PCC", new { parameters = Layers.Parameters(("B", "model"), ("C", "model"), ("D", "model")) });
        await Layers.PutAsync(server, "tags/lobby", new { parameters = Layers.Parameters(("C", "tag"), ("D", "tag")) });
        await Layers.PutAsync(server, "tags/other", new { parameters = Layers.Parameters(("A", "other")) });
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("D", "mac $PN")) });

        var served = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent).Text;
        using var deleted = await server.Api().DeleteAsync("/api/v1/profiles/tags/lobby");
        var after = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent).Text;

        Assert.Contains("<A>default</A>", served, StringComparison.Ordinal);
        Assert.Contains("<B>model</B>", served, StringComparison.Ordinal);
        Assert.Contains("<C>tag</C>", served, StringComparison.Ordinal);
        Assert.Contains("<D>mac CP-8851-3PCC</D>", served, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Contains("<C>model</C>", after, StringComparison.Ordinal);
    }

    private static async Task<string> CreateKeyAsync(AcsTestServer server, string role)
    {
        using var created = await server.Api().PostAsJsonAsync("/api/v1/keys", new { name = role, role });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    private sealed class FixedTags(params string[] tags) : IPhoneTags
    {
        public Task<IReadOnlyList<string>> TagsOfAsync(string mac, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>(tags);
    }
}
