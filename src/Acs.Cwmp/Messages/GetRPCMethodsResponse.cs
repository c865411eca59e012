namespace Acs.Cwmp;

/// <summary>Either direction: the methods the sender supports.</summary>
public sealed record GetRPCMethodsResponse(IReadOnlyList<string> MethodList) : CwmpMessage
{
    public override string MethodName => "GetRPCMethodsResponse";
}
