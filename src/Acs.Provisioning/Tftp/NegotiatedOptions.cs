namespace Acs.Provisioning.Tftp;

// The outcome of option negotiation for one transfer. Acknowledged is what goes into the OACK;
// when it is empty no OACK is sent and the transfer starts with DATA 1 at 512-byte blocks.
public sealed record NegotiatedOptions(int BlockSize, int? TimeoutSeconds, long? TransferSize, IReadOnlyList<TftpOption> Acknowledged)
{
    public const int DefaultBlockSize = 512;

    public static NegotiatedOptions None { get; } = new(DefaultBlockSize, null, null, []);

    // RFC 2347-2349 for a read request: blksize 8..65464 (answered with at most serverMaxBlockSize),
    // timeout 1..255 echoed as is, tsize answered with the file length. Out-of-range and unknown
    // options are dropped rather than refused, which RFC 2347 allows.
    public static NegotiatedOptions ForRead(IReadOnlyList<TftpOption> requested, long fileLength, int serverMaxBlockSize = TftpCodec.MaxBlockSize)
    {
        var blockSize = DefaultBlockSize;
        int? timeout = null;
        long? transferSize = null;
        var acknowledged = new List<TftpOption>();
        foreach (var option in requested)
        {
            if (option.Is("blksize") && int.TryParse(option.Value, out var size) && size is >= 8 and <= TftpCodec.MaxBlockSize)
            {
                blockSize = Math.Min(size, Math.Max(8, serverMaxBlockSize));
                acknowledged.Add(new TftpOption("blksize", blockSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (option.Is("timeout") && int.TryParse(option.Value, out var seconds) && seconds is >= 1 and <= 255)
            {
                timeout = seconds;
                acknowledged.Add(new TftpOption("timeout", option.Value));
            }
            else if (option.Is("tsize") && long.TryParse(option.Value, out var declared) && declared >= 0)
            {
                transferSize = fileLength;
                acknowledged.Add(new TftpOption("tsize", fileLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return new NegotiatedOptions(blockSize, timeout, transferSize, acknowledged);
    }
}
