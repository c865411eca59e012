namespace Acs.Host.Requests;

/// <summary>
/// Kestrel reports a body it cannot read by throwing from the endpoint's read: BadHttpRequestException for
/// most framing errors, but a bare IOException for a chunk size that overflows. Without this either would
/// reach the client as a 500.
/// </summary>
public static class MalformedRequests
{
    public static IApplicationBuilder UseMalformedRequestAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await AnswerAsync(context, e.StatusCode, e.Message);
        }
        catch (IOException e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await AnswerAsync(context, StatusCodes.Status400BadRequest, e.Message);
        }
    });

    private static async Task AnswerAsync(HttpContext context, int status, string detail)
    {
        context.Response.Clear();
        context.Response.Headers.Connection = "close";
        await Results.Problem(detail: detail, statusCode: status, title: "Malformed request").ExecuteAsync(context);
    }
}
