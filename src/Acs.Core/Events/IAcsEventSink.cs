namespace Acs.Core.Events;

/// <summary>
/// Receives domain events after they are committed. Implementations must return at once (queue, never
/// block): they run on the CWMP session path.
/// </summary>
public interface IAcsEventSink
{
    void Publish(AcsEvent e);
}
