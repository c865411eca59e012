namespace Acs.Provisioning.Profiles;

// An ordered parameter set, as rendered into one <flat-profile>. Parameters keep the position of their
// first appearance so that rendered documents are stable.
public sealed class FlatProfile
{
    private readonly List<ProfileParameter> parameters = [];
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    public FlatProfile(IEnumerable<ProfileParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            Overlay(parameter);
        }
    }

    public IReadOnlyList<ProfileParameter> Parameters => parameters;

    public ProfileParameter? this[string name] => positions.TryGetValue(name, out var i) ? parameters[i] : null;

    // Layers are applied in the order given. A later value replaces an earlier one; a later null value
    // (access-only) keeps the earlier value; a later access replaces an earlier one when set; a secret
    // stays secret once any layer says so, so that an override cannot leak it into masked views.
    public static FlatProfile Merge(IEnumerable<ProfileLayer> layers) =>
        new(layers.SelectMany(layer => layer.Parameters));

    public FlatProfile Map(Func<ProfileParameter, ProfileParameter> change) => new(parameters.Select(change));

    private void Overlay(ProfileParameter parameter)
    {
        if (!positions.TryGetValue(parameter.Name, out var index))
        {
            positions[parameter.Name] = parameters.Count;
            parameters.Add(parameter);
            return;
        }

        var earlier = parameters[index];
        parameters[index] = earlier with
        {
            Value = parameter.Value ?? earlier.Value,
            Access = parameter.Access ?? earlier.Access,
            IsSecret = earlier.IsSecret || parameter.IsSecret,
        };
    }
}
