using System.Net;
using Acs.Cwmp;
using Acs.Simulator.Device;

namespace Acs.Simulator.Http;

/// <summary>
/// Carries one CWMP session of a <see cref="VirtualDevice"/> over real HTTP: Inform (answering a Basic or
/// Digest challenge), the device's own requests, the empty POST, then one ACS request per response until
/// 204 No Content. The device decides every answer; this class only moves envelopes. A fleet passes one
/// shared <see cref="HttpClient"/> (cookies stay per session in <see cref="SessionExchange"/>); alone, the
/// client opens its own connection so each session starts on a fresh TCP connection as a real CPE's does.
/// </summary>
public sealed class CwmpClient(VirtualDevice device, HttpClient? sharedHttp = null)
{
    public static TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public async Task<SessionResult> RunSessionAsync(Uri acsUrl, CancellationToken cancellationToken)
    {
        var result = new SessionResult { CwmpNamespace = device.Behaviour.CwmpNamespace };
        var http = sharedHttp ?? new HttpClient(CreateHandler(1, device.Behaviour.Tls)) { Timeout = RequestTimeout };
        var exchange = new SessionExchange(http, acsUrl, device, result);
        try
        {
            result.Completed = await RunAsync(exchange, result, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            result.Error = $"HTTP failure after [{string.Join(",", result.HttpStatuses)}]: " + (e.InnerException?.Message ?? e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result.Error = "The ACS did not answer in time";
        }
        finally
        {
            if (sharedHttp is null)
            {
                http.Dispose();
            }
        }

        result.AuthenticationScheme = exchange.Authenticator.Scheme;
        await device.EndSessionAsync(result.Completed, cancellationToken);
        return result;
    }

    /// <summary>The handler a session or a fleet uses: no cookie container, redirects seen by the session itself.</summary>
    public static SocketsHttpHandler CreateHandler(int maxConnections, ClientTls? tls = null)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = maxConnections,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        };
        tls?.Apply(handler.SslOptions);
        return handler;
    }

    private async Task<bool> RunAsync(SessionExchange exchange, SessionResult result, CancellationToken cancellationToken)
    {
        var inform = device.CreateInform();
        result.EventsSent = inform.Event;
        var header = new CwmpHeader { Id = device.NextRequestId(), SupportedCwmpVersions = device.Behaviour.SupportedCwmpVersions };
        var (status, answer) = await exchange.PostAsync(new CwmpEnvelope(result.CwmpNamespace, header, inform), true, cancellationToken);
        if (!Expect(status, answer, result, out var informAnswer) || informAnswer.Body is not InformResponse)
        {
            if (informAnswer?.Body is CwmpFault refusal)
            {
                result.FaultsReceived.Add(refusal);
            }

            result.Error ??= "Inform was answered with " + informAnswer?.Body.MethodName;
            return false;
        }

        CheckId(header.Id, informAnswer, result);
        device.InformAccepted();
        result.CwmpNamespace = informAnswer.Header.UseCwmpVersion is { } use ? CwmpNamespaces.ForVersion(use) : informAnswer.CwmpNamespace;

        if (!informAnswer.Header.HoldRequests)
        {
            foreach (var request in device.CreateCpeRequests())
            {
                var requestHeader = new CwmpHeader { Id = device.NextRequestId() };
                (status, answer) = await exchange.PostAsync(new CwmpEnvelope(result.CwmpNamespace, requestHeader, request), true, cancellationToken);
                if (!Expect(status, answer, result, out var reply))
                {
                    return false;
                }

                CheckId(requestHeader.Id, reply, result);
                if (reply.Body is CwmpFault fault)
                {
                    result.FaultsReceived.Add(fault);
                }

                device.CpeRequestAnswered(request, reply.Body);
            }
        }

        (status, answer) = await exchange.PostAsync(null, false, cancellationToken);
        while (true)
        {
            if (status == HttpStatusCode.NoContent || (status == HttpStatusCode.OK && answer is null && result.Error is null))
            {
                return true;
            }

            if (!Expect(status, answer, result, out var acsRequest))
            {
                return false;
            }

            if (acsRequest.Body is CwmpFault refused)
            {
                // The ACS refused what the device sent: answering its fault would only start a ping-pong of faults.
                result.FaultsReceived.Add(refused);
                result.Error = $"The ACS answered with fault {refused.FaultCode}: {refused.FaultString}";
                return false;
            }

            result.AcsRequests.Add(acsRequest.Body);
            if (device.Behaviour.DropConnectionOnAcsRequest == result.AcsRequests.Count)
            {
                result.Error = $"Dropped the connection on ACS request {result.AcsRequests.Count}";
                return false;
            }

            await DelayAnswerAsync(acsRequest.Body, cancellationToken);
            var response = device.Handle(acsRequest.Body);
            if (response is CwmpFault fault)
            {
                result.FaultsSent.Add(fault);
            }

            var responseHeader = new CwmpHeader { Id = acsRequest.Header.Id };
            (status, answer) = await exchange.PostAsync(new CwmpEnvelope(result.CwmpNamespace, responseHeader, response), false, cancellationToken);
        }
    }

    private async Task DelayAnswerAsync(CwmpMessage request, CancellationToken cancellationToken)
    {
        if (device.Behaviour.AnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(device.Behaviour.AnswerDelay, device.Time, cancellationToken);
        }

        if (device.Behaviour.BeforeAnswer is { } hook)
        {
            await hook(request, cancellationToken);
        }
    }

    private static bool Expect(HttpStatusCode status, CwmpEnvelope? answer, SessionResult result,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CwmpEnvelope? envelope)
    {
        envelope = null;
        if (status == HttpStatusCode.ServiceUnavailable)
        {
            result.Refused = true;
            result.Error = "The ACS refused the session (503)";
            return false;
        }

        if (status != HttpStatusCode.OK || answer is null)
        {
            result.Error ??= $"Unexpected HTTP {(int)status}";
            return false;
        }

        envelope = answer;
        return true;
    }

    private static void CheckId(string? sent, CwmpEnvelope answer, SessionResult result)
    {
        if (answer.Header.Id != sent)
        {
            result.Warnings.Add($"The answer to {sent} carried ID {answer.Header.Id ?? "(none)"}");
        }
    }
}
