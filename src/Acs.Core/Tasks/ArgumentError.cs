namespace Acs.Core.Tasks;

/// <summary>Why task arguments were refused: the offending field (JSON path) and what is wrong with it.</summary>
public sealed record ArgumentError(string Field, string Message);
