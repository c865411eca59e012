using Acs.Simulator.Fleet;

namespace Acs.Bench;

/// <summary>Bytes the simulator holds per idle virtual device: managed heap before and after building a fleet.</summary>
public static class IdleFleetMemory
{
    public static double BytesPerDevice(int count)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var fleet = new VirtualFleet(new FleetSpec { AcsUrl = new Uri("http://127.0.0.1/"), Count = count });
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(fleet);
        return Math.Round((double)(after - before) / count, 1);
    }
}
