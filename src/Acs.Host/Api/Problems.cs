namespace Acs.Host.Api;

/// <summary>RFC 9457 problem details for the REST API.</summary>
public static class Problems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);

    /// <summary>400 naming the offending field, as "errors": { field: [message] }.</summary>
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: $"{field} {message}", title: "Invalid request");

    public static IResult NotFound(string what) => TypedResults.Problem(detail: $"{what} was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
