namespace Acs.Core.Access;

/// <summary>What a key may do: read only; queue and cancel tasks, manage files and tags; everything.</summary>
public enum ApiRole
{
    Viewer,
    Operator,
    Admin,
}
