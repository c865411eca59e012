namespace Acs.Core.Phones;

/// <summary>The tags of a phone, which select its tags/{tag} profile layers.</summary>
public interface IPhoneTags
{
    Task<IReadOnlyList<string>> TagsOfAsync(string mac, CancellationToken ct);
}
