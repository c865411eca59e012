using Acs.Cwmp;
using Acs.Simulator.Device;
using Acs.Simulator.Tests.DataModel;
using Microsoft.Extensions.Time.Testing;

namespace Acs.Simulator.Tests.Device;

/// <summary>Builds devices on a fake clock and plays whole sessions without HTTP.</summary>
public static class Devices
{
    public static readonly DateTimeOffset Start = new(2024, 6, 1, 10, 0, 0, TimeSpan.Zero);

    public static VirtualDevice Phone(FakeTimeProvider? time = null, DeviceBehaviour? behaviour = null) =>
        VirtualDevice.Create(DeviceKind.Phone, Trees.PhoneId, Trees.Settings(), behaviour, time ?? new FakeTimeProvider(Start));

    public static VirtualDevice Gateway(FakeTimeProvider? time = null, DeviceBehaviour? behaviour = null) =>
        VirtualDevice.Create(DeviceKind.Gateway, Trees.GatewayId, Trees.Settings(), behaviour, time ?? new FakeTimeProvider(Start));

    /// <summary>
    /// One successful session: Inform answered, each device request acknowledged, the ACS requests
    /// handled in order. Returns the Inform that opened it and the device's answers.
    /// </summary>
    public static async Task<(Inform Inform, IReadOnlyList<CwmpMessage> CpeRequests, IReadOnlyList<CwmpMessage> Answers)> SessionAsync(
        VirtualDevice device, params CwmpMessage[] acsRequests)
    {
        var inform = device.CreateInform();
        device.InformAccepted();
        var cpeRequests = device.CreateCpeRequests();
        foreach (var request in cpeRequests)
        {
            device.CpeRequestAnswered(request, request is TransferComplete ? new TransferCompleteResponse() : new GetRPCMethodsResponse([]));
        }

        var answers = acsRequests.Select(device.Handle).ToList();
        await device.EndSessionAsync(true, CancellationToken.None);
        return (inform, cpeRequests, answers);
    }

    public static IEnumerable<string> Codes(Inform inform) => inform.Event.Select(e => e.EventCode);
}
