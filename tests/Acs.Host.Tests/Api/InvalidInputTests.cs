using System.Net;
using System.Text;
using Acs.Host.Tests.Infrastructure;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Api;

/// <summary>
/// Bodies that are JSON but not acceptable: another charset, strings that are not Unicode text, and values the
/// API does not take. Each is answered with problem details naming the field, never a 5xx or a silent default.
/// </summary>
public sealed class InvalidInputTests(AcsServerFixture fixture) : IClassFixture<AcsServerFixture>
{
    private static readonly string LongName = "Device." + new string('A', 250);

    private AcsTestServer Server => fixture.Server;

    public static TheoryData<string, string, string, string> LoneSurrogates => new()
    {
        { "POST", "/api/v1/devices/00AABB-X/tasks", """{"name":"getParameterValues","parameterNames":["Device.\ud800"]}""", "parameterNames[0]" },
        { "POST", "/api/v1/tasks", """{"filter":{},"task":{"name":"setParameterValues","parameterValues":[{"name":"Device.A","value":"\ud800"}]}}""", "task.parameterValues[0].value" },
        { "PUT", "/api/v1/profiles/default", """{"parameters":{"Station_Name":"Lobby \udc00"}}""", "parameters.Station_Name" },
        { "PUT", "/api/v1/profiles/default", """{"parameters":{"Station\ud800":"Lobby"}}""", "parameters" },
        { "PUT", "/api/v1/profiles/firmware/CP-8851-3PCC", """{"loads":[{"version":"12.0\ud800","url":"http://fw.example.com/a.loads"}]}""", "loads[0].version" },
        { "POST", "/api/v1/keys", """{"name":"ops \ud800","role":"viewer"}""", "name" },
        { "POST", "/api/v1/webhooks", """{"url":"http://127.0.0.1:9/\ud800","events":["task.done"]}""", "url" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task A_lone_surrogate_in_any_json_body_is_400_naming_the_field(string method, string path, string body, string field)
    {
        using var response = await Server.Api().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(body) });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("POST", "/api/v1/keys", """{"name":"ops","role":"viewer"}""")]
    [InlineData("PUT", "/api/v1/profiles/default", """{"parameters":{"A":"b"}}""")]
    [InlineData("POST", "/api/v1/tasks", """{"filter":{},"task":{"name":"reboot"}}""")]
    public async Task A_json_body_in_another_charset_is_415_naming_the_content_type(string method, string path, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-7");

        using var response = await Server.Api().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content });

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    public static TheoryData<string, string, string, string> Invalid => new()
    {
        { "POST", "/api/v1/tasks", """{"filter":{},"task":{"name":"setParameterValues","parameterValues":[{"name":"Device.A","value":"1","type":"xsd:float"}]}}""", "task.parameterValues[0].type" },
        { "POST", "/api/v1/keys", """{"name":"ops","role":"2"}""", "role" },
        { "POST", "/api/v1/keys", """{"name":"ops","role":"viewer,admin"}""", "role" },
        { "POST", "/api/v1/keys", """{"name":"ops","role":" viewer"}""", "role" },
        { "POST", "/api/v1/keys", """{"name":"ops","role":"root"}""", "role" },
        { "POST", "/api/v1/webhooks", """{"url":"http://127.0.0.1:9/hook"}""", "events" },
        { "POST", "/api/v1/webhooks", """{"url":"http://127.0.0.1:9/hook","events":[]}""", "events" },
        { "PUT", "/api/v1/profiles/default", """{"parameters":{"Station_Name":{"value":5}}}""", "parameters.Station_Name" },
        { "PUT", "/api/v1/profiles/default", """{"parameters":{"Station_Name":{"value":"Lobby","secret":"yes"}}}""", "parameters.Station_Name" },
        { "PUT", "/api/v1/profiles/default", """{"parameters":{"Station_Name":"Lobby"},"gzip":"yes"}""", "gzip" },
        { "PUT", "/api/v1/profiles/default", """{"parameters":{"Station_Name":"Lobby"},"gzip":1}""", "gzip" },
        { "PUT", "/api/v1/profiles/default", $$$"""{"parameters":{"{{{new string('A', 257)}}}":"x"}}""", "parameters." + new string('A', 257) },
        { "POST", "/api/v1/tasks", $$$"""{"filter":{"parameter":"{{{LongName}}}","value":"1"},"task":{"name":"reboot"}}""", "filter.parameter" },
        { "POST", "/api/v1/tasks", """{"filter":{},"task":{"name":"download","fileType":"1 Firmware Upgrade Image","fileId":"no-such-file"}}""", "task.fileId" },
        { "POST", "/api/v1/tasks", """{"filter":{},"task":{"name":"download","fileType":"1 Firmware Upgrade Image","fileId":""}}""", "task.fileId" },
        { "PUT", "/api/v1/profiles/firmware/CP-8851-3PCC", """{"loads":[{"version":"sip88xx.12-0-1-0001-1","fileId":"no-such-file"}]}""", "loads[0].fileId" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_unacceptable_value_is_400_naming_the_field(string method, string path, string body, string field)
    {
        using var response = await Server.Api().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(body) });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_device_filter_on_a_name_longer_than_a_parameter_name_may_be_is_400()
    {
        using var response = await Server.Api().GetAsync($"/api/v1/devices?parameter={LongName}&value=1");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "parameter");
    }

    [Fact]
    public async Task A_known_file_id_and_the_three_role_names_are_accepted()
    {
        using var api = Server.Api();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("1 Firmware Upgrade Image"), "fileType" },
            { new ByteArrayContent([1, 2, 3]), "file", "fw.bin" },
        };
        using var stored = await api.PostAsync("/api/v1/files", form);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var fileId = (await stored.JsonAsync()).GetProperty("id").GetString();

        using var queued = await api.PostAsync("/api/v1/tasks", Body($$$"""{"filter":{},"task":{"name":"download","fileType":"1 Firmware Upgrade Image","fileId":"{{{fileId}}}"}}"""));
        Assert.Equal(HttpStatusCode.Created, queued.StatusCode);
        foreach (var role in new[] { "viewer", "operator", "Admin" })
        {
            using var key = await api.PostAsync("/api/v1/keys", Body($$"""{"name":"k","role":"{{role}}"}"""));
            Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {text}");
    }
}
