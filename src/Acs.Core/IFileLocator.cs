namespace Acs.Core;

/// <summary>Resolves a stored file id to the URL devices download it from, and its size.</summary>
public interface IFileLocator
{
    (string Url, long Size)? Locate(string fileId);
}
