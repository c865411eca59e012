namespace Acs.Core.Phones;

// Until a tag store is connected, no phone has tags.
public sealed class NoPhoneTags : IPhoneTags
{
    public Task<IReadOnlyList<string>> TagsOfAsync(string mac, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);
}
