namespace Acs.Host.Requests;

/// <summary>
/// Kestrel reports a body it cannot read (a chunk size that overflows, a body cut short, one over the size
/// limit) by throwing from the endpoint's read; without this it would reach the client as a 500.
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
            context.Response.Clear();
            context.Response.Headers.Connection = "close";
            await Results.Problem(detail: e.Message, statusCode: e.StatusCode, title: "Malformed request").ExecuteAsync(context);
        }
    });
}
