namespace Acs.Cwmp;

/// <summary>Either direction: asks for the peer's supported methods (A.3.1).</summary>
public sealed record GetRPCMethods() : CwmpMessage
{
    public override string MethodName => "GetRPCMethods";
}
