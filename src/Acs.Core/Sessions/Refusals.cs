using Acs.Cwmp;
using Microsoft.Extensions.Logging;

namespace Acs.Core.Sessions;

/// <summary>
/// Answers a POST that could not be accepted as a message: unreadable arguments or characters, more list
/// items than <see cref="AcsOptions.MaxParametersPerMessage"/>, or a body over the size limit. A response
/// to the RPC in flight ends that RPC's task faulted with the reason (never resent forever) and the session
/// goes on with the next task; anything else gets an ACS fault, or 413 for a body that was not read.
/// </summary>
public sealed class Refusals(SessionRegistry registry, SessionWork work, TimeProvider clock, ILogger<Refusals> logger)
{
    public async Task<EngineReply> HandleAsync(DeviceRequest request, RefusedMessage refused, CancellationToken ct = default)
    {
        var tooLarge = refused.Reason == CwmpRejection.BodyTooLarge;
        var code = tooLarge || refused.Reason == CwmpRejection.TooManyItems ? FaultCodes.ResourcesExceeded : FaultCodes.InvalidArguments;
        // Only the session's cookie or connection ties a refused body to a task, never the address alone: it
        // would let any device behind the same NAT end another's task.
        if (AnswersAnRpc(refused) && registry.Find(request.Cookie, request.ConnectionId, remoteAddress: null) is { } session)
        {
            await session.Gate.WaitAsync(ct);
            try
            {
                if (session.State == SessionState.AwaitingResponse)
                {
                    logger.LogWarning("{Method} from {Device} refused: {Detail}", refused.Method ?? "The answer", session.DeviceId, refused.Detail);
                    registry.Rebind(session, request.ConnectionId);
                    session.LastActivity = clock.GetUtcNow().UtcDateTime;
                    await work.FaultOutstandingAsync(session, code, $"The device's {refused.Method ?? "answer"} was refused: {refused.Detail}", ct);
                    if (tooLarge)
                    {
                        // The rest of the body was never read, so the connection closes and the session with it.
                        registry.Remove(session);
                        return TooLarge(refused);
                    }

                    var next = await work.SendNextAsync(session, ct);
                    if (next.Status == 204)
                    {
                        registry.Remove(session);
                    }

                    return next;
                }
            }
            finally
            {
                session.Gate.Release();
            }
        }

        logger.LogWarning("{Method} from {Address} refused: {Detail}", refused.Method ?? "A message", request.RemoteAddress, refused.Detail);
        return tooLarge
            ? TooLarge(refused)
            : new EngineReply(200, new CwmpEnvelope(refused.CwmpNamespace, CwmpHeader.Empty, CwmpFault.Acs(code, refused.Detail)));
    }

    // Every CWMP response is named ...Response; a body too large to read is most likely the answer awaited.
    private static bool AnswersAnRpc(RefusedMessage refused) => refused.Method is { } method
        ? method.Equals("Fault", StringComparison.OrdinalIgnoreCase) || method.EndsWith("Response", StringComparison.OrdinalIgnoreCase)
        : refused.Reason == CwmpRejection.BodyTooLarge;

    private static EngineReply TooLarge(RefusedMessage refused) => new(413, CloseConnection: true, Problem: refused.Detail);
}
