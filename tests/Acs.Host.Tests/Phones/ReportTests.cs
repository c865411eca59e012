using Acs.Testing;
using Acs.Core.Persistence;
using Acs.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Host.Tests.Phones;

public sealed class ReportTests
{
    private static readonly Phone Phone = new("00562b043615");

    private const string Report = "<flat-profile><Station_Name>Lobby</Station_Name></flat-profile>\n";

    [Fact]
    public async Task A_report_encrypted_by_openssl_is_decrypted_with_the_phones_key_and_stored()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new
        {
            parameters = Layers.Parameters(("Station_Name", "Lobby")),
            encryption = new { method = "aes-256-cbc", passphrase = "report-key", digest = "sha256" },
        });
        Assert.Equal(200, Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent).Status);
        using var scratch = new ScratchDirectory();
        var encrypted = scratch.Write("report.enc", []);
        var openssl = ExternalTool.Run("/usr/bin/openssl", ["enc", "-aes-256-cbc", "-md", "sha256", "-k", "report-key", "-out", encrypted], System.Text.Encoding.UTF8.GetBytes(Report));
        Assert.True(openssl.ExitCode == 0, openssl.Describe());

        var posted = Curl.Get(Layers.Url(server, $"/phones/{Phone.Mac}/report"), Phone.UserAgent, "--data-binary", $"@{encrypted}", "--header", "Content-Type: application/octet-stream");

        Assert.Equal(204, posted.Status);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>().CreateDbContextAsync();
        var stored = await db.PhoneReports.SingleAsync();
        Assert.Equal(Report, stored.Content);
        Assert.Equal((await db.Devices.SingleAsync()).Id, stored.DeviceId);
    }

    [Fact]
    public async Task A_report_from_an_unknown_phone_or_with_the_wrong_key_is_refused()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new
        {
            parameters = Layers.Parameters(("Station_Name", "Lobby")),
            encryption = new { method = "aes-256-cbc", passphrase = "report-key", digest = "sha256" },
        });
        Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);
        using var scratch = new ScratchDirectory();
        var encrypted = scratch.Write("report.enc", []);
        ExternalTool.Run("/usr/bin/openssl", ["enc", "-aes-256-cbc", "-md", "sha256", "-k", "other-key", "-out", encrypted], System.Text.Encoding.UTF8.GetBytes(Report));

        var unknown = Curl.Get(Layers.Url(server, "/phones/00562b04ffff/report"), null, "--data-binary", "<r/>");
        var wrongKey = Curl.Get(Layers.Url(server, $"/phones/{Phone.Mac}/report"), null, "--data-binary", $"@{encrypted}");

        Assert.Equal(404, unknown.Status);
        Assert.Equal(400, wrongKey.Status);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.PhoneReports.ToListAsync());
    }
}
