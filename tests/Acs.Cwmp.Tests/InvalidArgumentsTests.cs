using Acs.Cwmp.Tests.Fixtures;

namespace Acs.Cwmp.Tests;

public class InvalidArgumentsTests
{
    [Theory]
    [InlineData("<cwmp:Inform><Event/><ParameterList/></cwmp:Inform>", "DeviceId")]
    [InlineData("<cwmp:Inform><DeviceId><OUI>00A0BC</OUI></DeviceId></cwmp:Inform>", "SerialNumber")]
    [InlineData("<cwmp:Inform><DeviceId><OUI>1</OUI><SerialNumber>2</SerialNumber></DeviceId><Event><EventStruct><CommandKey/></EventStruct></Event></cwmp:Inform>", "EventCode")]
    [InlineData("<cwmp:Inform><DeviceId><OUI>1</OUI><SerialNumber>2</SerialNumber></DeviceId><ParameterList><ParameterValueStruct><Name>A</Name></ParameterValueStruct></ParameterList></cwmp:Inform>", "Value")]
    [InlineData("<cwmp:TransferComplete><FaultStruct><FaultCode>0</FaultCode></FaultStruct></cwmp:TransferComplete>", "CommandKey")]
    [InlineData("<cwmp:TransferComplete><CommandKey>k</CommandKey></cwmp:TransferComplete>", "FaultStruct")]
    [InlineData("<cwmp:TransferComplete><CommandKey>k</CommandKey><FaultStruct><FaultString/></FaultStruct></cwmp:TransferComplete>", "FaultCode")]
    [InlineData("<cwmp:AutonomousTransferComplete><FileType>1 Firmware Upgrade Image</FileType></cwmp:AutonomousTransferComplete>", "IsDownload")]
    [InlineData("<cwmp:RequestDownload/>", "FileType")]
    [InlineData("<cwmp:GetParameterValues/>", "ParameterNames")]
    [InlineData("<cwmp:GetParameterValuesResponse/>", "ParameterList")]
    [InlineData("<cwmp:SetParameterValues><ParameterKey>k</ParameterKey></cwmp:SetParameterValues>", "ParameterList")]
    [InlineData("<cwmp:SetParameterValuesResponse/>", "Status")]
    [InlineData("<cwmp:GetParameterNames><ParameterPath/></cwmp:GetParameterNames>", "NextLevel")]
    [InlineData("<cwmp:GetParameterNames><NextLevel>1</NextLevel></cwmp:GetParameterNames>", "ParameterPath")]
    [InlineData("<cwmp:GetParameterNamesResponse><ParameterList><ParameterInfoStruct><Name>A</Name></ParameterInfoStruct></ParameterList></cwmp:GetParameterNamesResponse>", "Writable")]
    [InlineData("<cwmp:GetParameterAttributesResponse><ParameterList><ParameterAttributeStruct><Name>A</Name></ParameterAttributeStruct></ParameterList></cwmp:GetParameterAttributesResponse>", "Notification")]
    [InlineData("<cwmp:SetParameterAttributes><ParameterList><SetParameterAttributesStruct/></ParameterList></cwmp:SetParameterAttributes>", "Name")]
    [InlineData("<cwmp:AddObject><ParameterKey/></cwmp:AddObject>", "ObjectName")]
    [InlineData("<cwmp:AddObjectResponse><Status>0</Status></cwmp:AddObjectResponse>", "InstanceNumber")]
    [InlineData("<cwmp:DeleteObject/>", "ObjectName")]
    [InlineData("<cwmp:DeleteObjectResponse/>", "Status")]
    [InlineData("<cwmp:Reboot/>", "CommandKey")]
    [InlineData("<cwmp:Download><CommandKey/><FileType>1 Firmware Upgrade Image</FileType></cwmp:Download>", "URL")]
    [InlineData("<cwmp:DownloadResponse><StartTime/></cwmp:DownloadResponse>", "Status")]
    [InlineData("<cwmp:Upload><CommandKey/><URL>http://x/</URL></cwmp:Upload>", "FileType")]
    [InlineData("<cwmp:UploadResponse/>", "Status")]
    [InlineData("<cwmp:ScheduleInform><CommandKey/></cwmp:ScheduleInform>", "DelaySeconds")]
    [InlineData("<cwmp:GetRPCMethodsResponse/>", "MethodList")]
    public void Missing_required_argument_is_rejected_naming_the_element(string body, string element)
    {
        var result = Envelopes.Read(Envelopes.Soap(body));

        Assert.Equal(CwmpRejection.InvalidArguments, result.Rejection);
        Assert.Contains(element, result.Detail, StringComparison.Ordinal);
        Assert.Null(result.Envelope);
    }

    [Theory]
    [InlineData("<cwmp:SetParameterValuesResponse><Status>ok</Status></cwmp:SetParameterValuesResponse>", "Status")]
    [InlineData("<cwmp:AddObjectResponse><InstanceNumber>-1</InstanceNumber><Status>0</Status></cwmp:AddObjectResponse>", "InstanceNumber")]
    [InlineData("<cwmp:InformResponse><MaxEnvelopes>4294967296</MaxEnvelopes></cwmp:InformResponse>", "MaxEnvelopes")]
    [InlineData("<cwmp:DeleteObjectResponse><Status>2147483648</Status></cwmp:DeleteObjectResponse>", "Status")]
    [InlineData("<cwmp:ScheduleInform><DelaySeconds>1e3</DelaySeconds><CommandKey/></cwmp:ScheduleInform>", "DelaySeconds")]
    [InlineData("<cwmp:GetParameterNames><ParameterPath/><NextLevel>yes</NextLevel></cwmp:GetParameterNames>", "NextLevel")]
    [InlineData("<cwmp:TransferComplete><CommandKey/><FaultStruct><FaultCode>x</FaultCode></FaultStruct></cwmp:TransferComplete>", "FaultCode")]
    public void Ill_typed_or_out_of_range_argument_is_rejected_naming_the_element(string body, string element)
    {
        var result = Envelopes.Read(Envelopes.Soap(body));

        Assert.Equal(CwmpRejection.InvalidArguments, result.Rejection);
        Assert.StartsWith(element, result.Detail, StringComparison.Ordinal);
    }
}
