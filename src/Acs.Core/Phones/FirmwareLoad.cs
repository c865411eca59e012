namespace Acs.Core.Phones;

// Url is served as is; FileId names a file of the files store, resolved through IFileLocator when rendered.
public sealed record FirmwareLoad(string Version, string? Url, string? FileId);
