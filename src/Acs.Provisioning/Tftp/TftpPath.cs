namespace Acs.Provisioning.Tftp;

// Turns a requested filename into a path relative to the served root, or refuses it. Phones send a
// leading '/', which is dropped; anything that could climb out of the root or mean something else on
// another file system (.., backslashes, drive letters, NUL) is refused rather than repaired.
public static class TftpPath
{
    public static bool TryNormalize(string requested, out string relativePath, out PathRejection rejection)
    {
        relativePath = string.Empty;
        rejection = Check(requested);
        if (rejection != PathRejection.None)
        {
            return false;
        }

        var trimmed = requested.StartsWith('/') ? requested[1..] : requested;
        foreach (var segment in trimmed.Split('/'))
        {
            rejection = segment switch
            {
                "" => PathRejection.EmptySegment,
                "." => PathRejection.DotSegment,
                ".." => PathRejection.Traversal,
                _ => PathRejection.None,
            };
            if (rejection != PathRejection.None)
            {
                return false;
            }
        }

        relativePath = trimmed;
        return true;
    }

    private static PathRejection Check(string requested)
    {
        if (string.IsNullOrEmpty(requested) || requested == "/")
        {
            return PathRejection.Empty;
        }

        foreach (var c in requested)
        {
            var rejection = c switch
            {
                '\0' => PathRejection.Nul,
                '\\' => PathRejection.Backslash,
                ':' => PathRejection.Colon,
                _ when char.IsControl(c) => PathRejection.ControlCharacter,
                _ => PathRejection.None,
            };
            if (rejection != PathRejection.None)
            {
                return rejection;
            }
        }

        return PathRejection.None;
    }
}
