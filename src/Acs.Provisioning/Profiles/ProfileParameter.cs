namespace Acs.Provisioning.Profiles;

// One element of a flat profile. A null Value renders as a self-closing element, which changes the
// user access without touching the phone's value; an empty string sets an empty value.
public sealed record ProfileParameter
{
    public ProfileParameter(string name, string? value, UserAccess? access = null, bool isSecret = false)
    {
        if (!ProfileParameterNames.IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a flat-profile element name.", nameof(name));
        }

        Name = name;
        Value = value;
        Access = access;
        IsSecret = isSecret;
    }

    public string Name { get; }

    // Checked here rather than in the constructor so that "with" copies are checked too.
    public string? Value
    {
        get;
        init => field = value is not null && value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? throw new ArgumentException($"The value of {Name} contains a control character.", nameof(value))
            : value;
    }

    public UserAccess? Access { get; init; }

    public bool IsSecret { get; init; }
}
