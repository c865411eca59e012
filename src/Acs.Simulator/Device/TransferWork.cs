using Acs.Cwmp;

namespace Acs.Simulator.Device;

/// <summary>
/// Carries out an accepted Download or Upload after the session: honours DelaySeconds on the device's
/// clock, transfers for real or pretends, and decides the outcome from the device's behaviour.
/// </summary>
public static class TransferWork
{
    public const string FirmwareImage = "1 Firmware Upgrade Image";

    /// <summary>The finished transfer and, for a successful firmware image, the SoftwareVersion it installs.</summary>
    public static async Task<(CompletedTransfer Transfer, string? NewSoftwareVersion)> DownloadAsync(
        VirtualDevice device, Download request, CancellationToken cancellationToken)
    {
        await DelayAsync(device, request.DelaySeconds, cancellationToken);
        var start = device.Time.GetUtcNow();
        var (fault, bytes) = device.Behaviour.FetchFiles
            ? await FileTransfer.DownloadAsync(request, cancellationToken)
            : (FaultStruct.Success, (long)request.FileSize);
        if (fault.FaultCode == 0 && device.Behaviour.DownloadFaultCode != 0)
        {
            fault = FileTransfer.Failure(device.Behaviour.DownloadFaultCode);
        }

        var done = new CompletedTransfer(request.CommandKey, true, fault, start, device.Time.GetUtcNow(), bytes);
        var version = fault.FaultCode == 0 && request.FileType == FirmwareImage
            ? device.Behaviour.SoftwareVersionAfterUpgrade ?? VersionFromFileName(request)
            : null;
        return (done, version);
    }

    public static async Task<CompletedTransfer> UploadAsync(VirtualDevice device, Upload request, CancellationToken cancellationToken)
    {
        await DelayAsync(device, request.DelaySeconds, cancellationToken);
        var start = device.Time.GetUtcNow();
        var content = FileTransfer.ConfigurationDump(device.Tree.Parameters.Select(p => p.ToValueStruct()));
        var (fault, bytes) = device.Behaviour.FetchFiles
            ? await FileTransfer.UploadAsync(request, content, cancellationToken)
            : (FaultStruct.Success, content.Length);
        if (fault.FaultCode == 0 && device.Behaviour.UploadFaultCode != 0)
        {
            fault = FileTransfer.Failure(device.Behaviour.UploadFaultCode);
        }

        return new CompletedTransfer(request.CommandKey, false, fault, start, device.Time.GetUtcNow(), bytes);
    }

    /// <summary>"fw/vp100-2.0.0.bin" installs "vp100-2.0.0": good enough for an ACS to see the version move.</summary>
    public static string VersionFromFileName(Download request)
    {
        var name = request.TargetFileName.Length > 0
            ? request.TargetFileName
            : Uri.TryCreate(request.URL, UriKind.Absolute, out var uri) ? uri.Segments[^1] : request.URL;
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    private static async Task DelayAsync(VirtualDevice device, uint seconds, CancellationToken cancellationToken)
    {
        if (seconds > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), device.Time, cancellationToken);
        }
    }
}
