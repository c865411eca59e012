using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Acs.Cwmp;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Device;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Api;

public sealed class FilesApiTests
{
    [Fact]
    public async Task An_uploaded_file_is_described_served_to_devices_with_range_and_etag_and_deleted()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();
        var content = RandomNumberGenerator.GetBytes(5000);

        using var created = await api.PostAsync("/api/v1/files", Upload(content, "fw 1.2.bin"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = await created.JsonAsync();
        Assert.Equal(5000, file.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.GetProperty("sha256").GetString());
        Assert.Equal("1 Firmware Upgrade Image", file.GetProperty("fileType").GetString());
        var id = file.GetProperty("id").GetString()!;
        Assert.Equal(32, id.Length);
        var listed = await api.GetJsonAsync("/api/v1/files?productClass=HGW-1");
        Assert.Equal(id, listed.GetProperty("items")[0].GetProperty("id").GetString());

        var url = new Uri(file.GetProperty("url").GetString()!);
        Assert.Equal(server.DeviceUrl.Port, url.Port);
        using var device = new HttpClient();
        using var whole = await device.GetAsync(url);
        Assert.Equal(content, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{file.GetProperty("sha256").GetString()}\"", whole.Headers.ETag?.Tag);
        using var rangeRequest = new HttpRequestMessage(HttpMethod.Get, url);
        rangeRequest.Headers.Range = new RangeHeaderValue(100, 199);
        using var range = await device.SendAsync(rangeRequest);
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(content[100..200], await range.Content.ReadAsByteArrayAsync());
        using var onOperatorPlane = await api.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, onOperatorPlane.StatusCode);

        using var deleted = await api.DeleteAsync($"/api/v1/files/{id}");
        using var gone = await device.GetAsync(url);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_download_task_given_a_file_id_sends_the_device_its_url_and_size()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var api = server.Api();
        using var created = await api.PostAsync("/api/v1/files", Upload(RandomNumberGenerator.GetBytes(3000), "fw.bin"));
        var fileId = (await created.JsonAsync()).GetProperty("id").GetString();
        var gateway = Devices.Gateway(server, behaviour: new DeviceBehaviour { FetchFiles = true });
        Assert.True((await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        using var queued = await api.PostAsync($"/api/v1/devices/{Segment(Devices.IdOf(gateway))}/tasks",
            Body($$"""{"name":"download","fileType":"1 Firmware Upgrade Image","fileId":"{{fileId}}"}"""));
        var taskId = (await queued.JsonAsync()).GetProperty("id").GetInt64();
        for (var i = 0; i < 3; i++)
        {
            gateway.Events.Add(EventCodes.Periodic);
            Assert.True((await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        }

        var task = await api.GetJsonAsync($"/api/v1/tasks/{taskId}");
        Assert.True(task.GetProperty("status").GetString() == "done", task.ToString());
    }

    [Fact]
    public async Task An_upload_beyond_the_size_limit_is_413_and_keeps_nothing()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:Files:MaxFileBytes"] = "1024" });
        using var api = server.Api();

        using var response = await api.PostAsync("/api/v1/files", Upload(new byte[4096], "big.bin"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var listed = await api.GetJsonAsync("/api/v1/files");
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
        Assert.Empty(Directory.Exists(Path.Combine(server.DataDir, "files")) ? Directory.GetFiles(Path.Combine(server.DataDir, "files")) : []);
    }

    [Fact]
    public async Task An_upload_without_a_file_type_is_400_naming_it()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.bin" } };

        using var response = await server.Api().PostAsync("/api/v1/files", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("fileType", out _));
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName) => new()
    {
        { new StringContent("1 Firmware Upgrade Image"), "fileType" },
        { new StringContent("00AABB"), "oui" },
        { new StringContent("HGW-1"), "productClass" },
        { new StringContent("1.2"), "version" },
        { new ByteArrayContent(content), "file", fileName },
    };
}
