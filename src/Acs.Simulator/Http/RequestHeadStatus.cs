namespace Acs.Simulator.Http;

public enum RequestHeadStatus
{
    Complete,

    /// <summary>The blank line ending the head has not arrived yet.</summary>
    NeedMoreData,

    /// <summary>The request line or a header line is not HTTP/1.x.</summary>
    Malformed,
}
