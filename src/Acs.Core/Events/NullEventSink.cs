namespace Acs.Core.Events;

/// <summary>Drops events: the sink used when nothing listens.</summary>
public sealed class NullEventSink : IAcsEventSink
{
    public void Publish(AcsEvent e)
    {
    }
}
