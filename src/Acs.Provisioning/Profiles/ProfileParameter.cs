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

        if (value is not null && value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            throw new ArgumentException($"The value of {name} contains a control character.", nameof(value));
        }

        Name = name;
        Value = value;
        Access = access;
        IsSecret = isSecret;
    }

    public string Name { get; }

    public string? Value { get; init; }

    public UserAccess? Access { get; init; }

    public bool IsSecret { get; init; }
}
