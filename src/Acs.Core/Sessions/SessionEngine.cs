using System.Collections.Frozen;
using System.Security.Cryptography;
using Acs.Core.Devices;
using Acs.Core.Events;
using Acs.Core.Persistence;
using Acs.Core.Security;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Acs.Core.Sessions;

/// <summary>
/// The CWMP session flow, independent of HTTP: Inform opens a session, the device's own requests are
/// answered, an empty POST hands the floor to the ACS, queued tasks go out one RPC per reply, 204 ends it.
/// What is allowed when comes from <see cref="Transitions"/>; anything else is refused with a reason.
/// </summary>
public sealed class SessionEngine(
    IDbContextFactory<AcsDbContext> dbFactory,
    SessionRegistry registry,
    SessionWork work,
    DeviceAuthenticator authenticator,
    IOptions<AcsOptions> options,
    TimeProvider clock,
    IAcsEventSink events,
    Observability.AcsMetrics metrics,
    ILogger<SessionEngine> logger)
{
    private static readonly string[] SupportedVersions = ["1.0", "1.1", "1.2", "1.3", "1.4"];

    private readonly SemaphoreSlim[] deviceLocks = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    private enum Step
    {
        AnswerDeviceRequest,
        SendNext,
        RecordResponse,
        RecordFault,
        AbandonAndEnd,
    }

    private static readonly FrozenDictionary<(SessionState, InboundKind), Step> Transitions =
        new Dictionary<(SessionState, InboundKind), Step>
        {
            [(SessionState.InformAnswered, InboundKind.CpeRequest)] = Step.AnswerDeviceRequest,
            [(SessionState.InformAnswered, InboundKind.Empty)] = Step.SendNext,
            [(SessionState.AwaitingResponse, InboundKind.CpeResponse)] = Step.RecordResponse,
            [(SessionState.AwaitingResponse, InboundKind.Fault)] = Step.RecordFault,
            [(SessionState.AwaitingResponse, InboundKind.CpeRequest)] = Step.AnswerDeviceRequest,
            [(SessionState.AwaitingResponse, InboundKind.Empty)] = Step.AbandonAndEnd,
        }.ToFrozenDictionary();

    private AcsOptions Options => options.Value;

    public async Task<EngineReply> HandleAsync(DeviceRequest request, CancellationToken ct = default)
    {
        if (request.Envelope?.Body is Inform inform)
        {
            return await StartAsync(request, request.Envelope, inform, ct);
        }

        var session = registry.Find(request.Cookie, request.ConnectionId, request.RemoteAddress);
        if (session is null)
        {
            return NoSession(request);
        }

        await session.Gate.WaitAsync(ct);
        try
        {
            if (session.State == SessionState.Ended)
            {
                return NoSession(request);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (now - session.LastActivity > Options.SessionTimeout)
            {
                await CloseAsync(session, "idle_timeout", ct);
                return NoSession(request);
            }

            registry.Rebind(session, request.ConnectionId);
            session.LastActivity = now;
            var kind = Classify(request.Envelope);
            if (!Transitions.TryGetValue((session.State, kind), out var step))
            {
                return EngineReply.BadRequest($"a {Describe(request.Envelope)} is not expected while the session is {session.State}");
            }

            var reply = step switch
            {
                Step.AnswerDeviceRequest => await work.AnswerDeviceRequestAsync(session, request.Envelope!, ct),
                Step.SendNext => await work.SendNextAsync(session, ct),
                Step.RecordResponse => await work.RecordResponseAsync(session, request.Envelope!.Body, ct),
                Step.RecordFault => await work.RecordFaultAsync(session, (CwmpFault)request.Envelope!.Body, ct),
                Step.AbandonAndEnd => await work.AbandonAsync(session, ct),
                _ => throw new InvalidOperationException($"no handler for {step}"),
            };
            if (reply.Status == 204 && registry.Remove(session))
            {
                Ended(session, step == Step.AbandonAndEnd ? "abandoned" : "completed");
            }

            return session.TraceUntil > now ? reply with { Trace = new TraceTarget(session.DeviceId, session.Id) } : reply;
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>Closes sessions idle past the timeout and returns their in-flight tasks to the queue.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Options.SessionTimeout;
        var idle = registry.IdleSince(cutoff);
        foreach (var session in idle)
        {
            await session.Gate.WaitAsync(ct);
            try
            {
                if (session.State != SessionState.Ended && session.LastActivity < cutoff)
                {
                    await CloseAsync(session, "idle_timeout", ct);
                }
            }
            finally
            {
                session.Gate.Release();
            }
        }

        return idle.Count;
    }

    private async Task<EngineReply> StartAsync(DeviceRequest request, CwmpEnvelope envelope, Inform inform, CancellationToken ct)
    {
        if (DeviceIdentity.Problem(inform.DeviceId) is { } problem)
        {
            logger.LogWarning("Inform from {Address} refused: {Problem}", request.RemoteAddress, problem);
            return Reply(envelope, CwmpFault.Acs(FaultCodes.InvalidArguments, problem));
        }

        var deviceId = DeviceIdentity.From(inform.DeviceId);
        if (!CertificateBinding.Admits(request.ClientCertificate, inform.DeviceId.SerialNumber))
        {
            logger.LogWarning("Inform from {Device} refused: its client certificate {Subject} names another device", deviceId, request.ClientCertificate!.Subject);
            return new EngineReply(403, Problem: "The client certificate does not name this device's serial number.");
        }

        var credentialOwner = (string?)null;
        var auth = await authenticator.CheckAsync(request.Authorization, request.Method, async user =>
        {
            var (ha1, owner) = await CredentialsAsync(user, ct);
            credentialOwner = owner;
            return ha1;
        });
        if (!auth.Accepted || (credentialOwner is not null && credentialOwner != deviceId))
        {
            return new EngineReply(401, Challenge: auth.Challenge ?? authenticator.Challenge(stale: false).Challenge);
        }

        var deviceLock = deviceLocks[(uint)StringComparer.Ordinal.GetHashCode(deviceId) % deviceLocks.Length];
        await deviceLock.WaitAsync(ct);
        try
        {
            if (registry.ForDevice(deviceId) is { } previous)
            {
                // A new Inform always starts a new session; the old one's in-flight task goes back to the queue.
                await previous.Gate.WaitAsync(ct);
                try
                {
                    await CloseAsync(previous, "replaced", ct);
                }
                finally
                {
                    previous.Gate.Release();
                }
            }

            if (!registry.TryReserve(Options.MaxConcurrentSessions))
            {
                metrics.AdmissionRefused();
                return new EngineReply(503, CloseConnection: true, RetryAfterSeconds: Options.RetryAfterSeconds);
            }

            try
            {
                return await OpenAsync(request, envelope, inform, deviceId, auth.Username, ct);
            }
            catch
            {
                registry.Release();
                throw;
            }
        }
        finally
        {
            deviceLock.Release();
        }
    }

    private async Task<EngineReply> OpenAsync(DeviceRequest request, CwmpEnvelope envelope, Inform inform, string deviceId, string? username, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var device = await DeviceRegistry.FindAsync(db, deviceId, ct);
        if (device is null && Options.DeviceAuth.Admission == DeviceAdmission.AllowList)
        {
            registry.Release();
            logger.LogWarning("Inform from {Device} refused: not on the allow-list", deviceId);
            return Reply(envelope, CwmpFault.Acs(FaultCodes.RequestDenied, "Device is not provisioned on this ACS"));
        }

        if (device?.CwmpUsername is { } expectedUser && Options.DeviceAuth.Mode != DeviceAuthMode.None && expectedUser != username)
        {
            registry.Release();
            return new EngineReply(401, Challenge: authenticator.Challenge(stale: false).Challenge);
        }

        var outcome = await DeviceRegistry.RecordInformAsync(db, device, inform, envelope.CwmpNamespace, request.RemoteAddress, now, ct);
        var finished = await work.Lifecycle.OnInformAsync(db, outcome.Device, inform, now, ct);
        await db.SaveChangesAsync(ct);

        var session = new CwmpSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), deviceId, envelope.CwmpNamespace, now)
        {
            ConnectionId = request.ConnectionId,
            RemoteAddress = request.RemoteAddress,
            InformEvents = [.. inform.Event.Select(e => e.EventCode)],
            TraceUntil = outcome.Device.TraceUntil,
        };
        registry.Add(session);
        metrics.SessionStarted(session.InformEvents);
        Publish(outcome, finished, now);

        var header = new CwmpHeader { Id = envelope.Header.Id, UseCwmpVersion = Negotiate(envelope.Header.SupportedCwmpVersions) };
        logger.LogDebug("Session {Session} opened for {Device} ({Events})", session.Id, deviceId, string.Join(", ", session.InformEvents));
        return new EngineReply(200, new CwmpEnvelope(envelope.CwmpNamespace, header, new InformResponse(1)), session.Id)
        {
            Trace = session.TraceUntil > now ? new TraceTarget(deviceId, session.Id) : null,
        };
    }

    private void Publish(InformOutcome outcome, IReadOnlyList<DeviceTask> finished, DateTime now)
    {
        var id = outcome.Device.Id;
        if (outcome.Registered)
        {
            events.Publish(new AcsEvent(AcsEventTypes.DeviceRegistered, id, now));
        }

        if (outcome.Bootstrapped)
        {
            events.Publish(new AcsEvent(AcsEventTypes.DeviceBootstrapped, id, now));
        }

        if (outcome.Booted)
        {
            events.Publish(new AcsEvent(AcsEventTypes.DeviceBooted, id, now));
        }

        if (outcome.ChangedParameters.Count > 0)
        {
            events.Publish(new AcsEvent(AcsEventTypes.DeviceValueChanged, id, now, Parameters: outcome.ChangedParameters));
        }

        foreach (var task in finished)
        {
            work.Announce(task, now);
        }
    }

    private async Task CloseAsync(CwmpSession session, string reason, CancellationToken ct)
    {
        if (!registry.Remove(session))
        {
            return;
        }

        Ended(session, reason);
        if (session.OutstandingTaskId is { } taskId)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
            if (task is not null)
            {
                TaskLifecycle.ReturnToQueue(task);
                await db.SaveChangesAsync(ct);
            }
        }
    }

    // The one line an operator follows a device by: every session ends here exactly once, whatever ended it.
    private void Ended(CwmpSession session, string outcome)
    {
        var duration = clock.GetUtcNow().UtcDateTime - session.StartedAt;
        metrics.SessionEnded(outcome, duration);
        logger.LogInformation(
            "Session {Session} of {Device} ended: {Outcome} after {DurationMs} ms; events [{Events}]; {RpcCount} RPCs sent [{Rpcs}]",
            session.Id, session.DeviceId, outcome, (long)duration.TotalMilliseconds, string.Join(", ", session.InformEvents), session.MethodsSent.Count, string.Join(", ", session.MethodsSent));
    }

    private async Task<(string? Ha1, string? Owner)> CredentialsAsync(string username, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var perDevice = await db.Devices.AsNoTracking()
            .Where(d => d.CwmpUsername == username && d.CwmpPasswordHa1 != null)
            .Select(d => new { d.Id, d.CwmpPasswordHa1 })
            .FirstOrDefaultAsync(ct);
        if (perDevice is not null)
        {
            return (perDevice.CwmpPasswordHa1, perDevice.Id);
        }

        var shared = Options.DeviceAuth;
        return shared.Username == username && shared.Password is { } password
            ? (DigestHash.Ha1(username, shared.Realm, password), null)
            : (null, null);
    }

    private static string? Negotiate(IReadOnlyList<string>? offered) =>
        offered?.Where(SupportedVersions.Contains).OrderByDescending(v => v, StringComparer.Ordinal).FirstOrDefault();

    private static EngineReply NoSession(DeviceRequest request) =>
        request.Envelope is null
            ? EngineReply.NoContent
            : EngineReply.BadRequest($"no CWMP session for this {Describe(request.Envelope)}: a session starts with an Inform");

    private static InboundKind Classify(CwmpEnvelope? envelope) => envelope?.Body switch
    {
        null => InboundKind.Empty,
        CwmpFault => InboundKind.Fault,
        TransferComplete or AutonomousTransferComplete or GetRPCMethods or RequestDownload or UnknownMessage => InboundKind.CpeRequest,
        _ => InboundKind.CpeResponse,
    };

    private static string Describe(CwmpEnvelope? envelope) => envelope is null ? "empty POST" : envelope.Body.MethodName;

    internal static EngineReply Reply(CwmpEnvelope request, CwmpMessage body) =>
        new(200, new CwmpEnvelope(request.CwmpNamespace, new CwmpHeader { Id = request.Header.Id }, body));
}
