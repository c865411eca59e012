using System.Text.Json;
using Acs.Core.Tasks;

namespace Acs.Core.Tests.Tasks;

public sealed class TaskArgumentsTests
{
    [Theory]
    [InlineData(TaskKind.GetRPCMethods, "{}")]
    [InlineData(TaskKind.GetParameterNames, """{"parameterPath":"Device.","nextLevel":true}""")]
    [InlineData(TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo."]}""")]
    [InlineData(TaskKind.SetParameterValues, """{"parameterValues":[{"name":"Device.X","value":1,"type":"unsignedInt"}],"parameterKey":"k"}""")]
    [InlineData(TaskKind.GetParameterAttributes, """{"parameterNames":["Device.X"]}""")]
    [InlineData(TaskKind.SetParameterAttributes, """{"parameters":[{"name":"Device.X","notification":2}]}""")]
    [InlineData(TaskKind.AddObject, """{"objectName":"Device.A."}""")]
    [InlineData(TaskKind.DeleteObject, """{"objectName":"Device.A.1.","parameterKey":"k"}""")]
    [InlineData(TaskKind.Reboot, """{"commandKey":"r1"}""")]
    [InlineData(TaskKind.FactoryReset, "{}")]
    [InlineData(TaskKind.Download, """{"fileType":"1 Firmware Upgrade Image","url":"http://h/f.bin","fileSize":10}""")]
    [InlineData(TaskKind.Download, """{"fileType":"1 Firmware Upgrade Image","fileId":"abc"}""")]
    [InlineData(TaskKind.Upload, """{"fileType":"2 Vendor Log File","url":"http://h/up"}""")]
    [InlineData(TaskKind.ScheduleInform, """{"delaySeconds":30}""")]
    public void Valid_arguments_of_every_kind_are_accepted_and_turn_into_an_RPC(TaskKind kind, string json)
    {
        using var doc = JsonDocument.Parse(json);

        var (arguments, error) = TaskArguments.Validate(kind, doc.RootElement);

        Assert.Null(error);
        var task = new DeviceTask { DeviceId = "d", Kind = kind, Arguments = arguments!.ToJsonString(), CommandKey = "key" };
        var rpc = RpcPlanner.Build(task, _ => null);
        Assert.Equal(kind == TaskKind.GetRPCMethods ? "GetRPCMethods" : kind.ToString(), rpc.MethodName);
    }

    [Theory]
    [InlineData(TaskKind.GetParameterValues, "{}", "parameterNames")]
    [InlineData(TaskKind.GetParameterValues, """{"parameterNames":[]}""", "parameterNames")]
    [InlineData(TaskKind.GetParameterValues, """{"parameterNames":[1]}""", "parameterNames[0]")]
    [InlineData(TaskKind.GetParameterNames, """{"nextLevel":"yes"}""", "nextLevel")]
    [InlineData(TaskKind.SetParameterValues, """{"parameterValues":[{"value":"1"}]}""", "parameterValues[0].name")]
    [InlineData(TaskKind.SetParameterValues, """{"parameterValues":[{"name":"Device.X"}]}""", "parameterValues[0].value")]
    [InlineData(TaskKind.SetParameterValues, """{"parameterValues":[{"name":"Device.X","value":"1"}],"parameterKey":"0123456789012345678901234567890123"}""", "parameterKey")]
    [InlineData(TaskKind.SetParameterAttributes, """{"parameters":[{"name":"Device.X","notification":7}]}""", "parameters[0].notification")]
    [InlineData(TaskKind.AddObject, """{"objectName":"Device.A"}""", "objectName")]
    [InlineData(TaskKind.Download, """{"url":"http://h/f"}""", "fileType")]
    [InlineData(TaskKind.Download, """{"fileType":"1 Firmware Upgrade Image"}""", "url")]
    [InlineData(TaskKind.Download, """{"fileType":"1 Firmware Upgrade Image","url":"not a url"}""", "url")]
    [InlineData(TaskKind.Download, """{"fileType":"1 Firmware Upgrade Image","url":"http://h/f","fileSize":-1}""", "fileSize")]
    [InlineData(TaskKind.ScheduleInform, """{"delaySeconds":0}""", "delaySeconds")]
    [InlineData(TaskKind.ScheduleInform, "{}", "delaySeconds")]
    [InlineData(TaskKind.Reboot, """{"commandKey":5}""", "commandKey")]
    public void Invalid_arguments_are_refused_naming_the_field(TaskKind kind, string json, string field)
    {
        using var doc = JsonDocument.Parse(json);

        var (arguments, error) = TaskArguments.Validate(kind, doc.RootElement);

        Assert.Null(arguments);
        Assert.Equal(field, error!.Field);
    }

    [Fact]
    public void Set_without_a_type_uses_the_type_the_device_reported()
    {
        using var doc = JsonDocument.Parse("""{"parameterValues":[{"name":"Device.A","value":"7"},{"name":"Device.B","value":"x","type":"xsd:string"}]}""");
        var (arguments, _) = TaskArguments.Validate(TaskKind.SetParameterValues, doc.RootElement);
        var task = new DeviceTask { DeviceId = "d", Kind = TaskKind.SetParameterValues, Arguments = arguments!.ToJsonString() };

        var rpc = (Acs.Cwmp.SetParameterValues)RpcPlanner.Build(task, name => name == "Device.A" ? "xsd:unsignedInt" : "xsd:int");

        Assert.Equal("xsd:unsignedInt", rpc.ParameterList[0].Type);
        Assert.Equal("xsd:string", rpc.ParameterList[1].Type);
    }

    [Fact]
    public void Task_kind_names_are_the_documented_camel_case_names()
    {
        Assert.Equal(
            ["getRPCMethods", "getParameterNames", "getParameterValues", "setParameterValues", "getParameterAttributes",
                "setParameterAttributes", "addObject", "deleteObject", "reboot", "factoryReset", "download", "upload", "scheduleInform"],
            Enum.GetValues<TaskKind>().Select(TaskKinds.Name));
        Assert.False(TaskKinds.TryParse("GetParameterValues", out _));
        Assert.True(TaskKinds.TryParse("getParameterValues", out var kind));
        Assert.Equal(TaskKind.GetParameterValues, kind);
    }
}
