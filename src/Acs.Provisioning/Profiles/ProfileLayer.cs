namespace Acs.Provisioning.Profiles;

// A named set of parameters, such as "default", "models/CP-8851-3PCC", "tags/lobby" or "macs/001234ab45de".
public sealed record ProfileLayer(string Name, IReadOnlyList<ProfileParameter> Parameters);
