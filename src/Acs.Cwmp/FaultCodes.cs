namespace Acs.Cwmp;

/// <summary>Fault codes of TR-069 Annex A: 8xxx from the ACS, 9xxx from the CPE.</summary>
public static class FaultCodes
{
    /// <summary>Not a TR-069 code: the device sent a fault whose code could not be read.</summary>
    public const uint Unreadable = 0;

    public const uint MethodNotSupported = 8000;
    public const uint RequestDenied = 8001;
    public const uint InternalError = 8002;
    public const uint InvalidArguments = 8003;
    public const uint ResourcesExceeded = 8004;
    public const uint RetryRequest = 8005;
    public const uint AcsVersionIncompatible = 8006;

    public const uint CpeMethodNotSupported = 9000;
    public const uint CpeRequestDenied = 9001;
    public const uint CpeInternalError = 9002;
    public const uint CpeInvalidArguments = 9003;
    public const uint CpeResourcesExceeded = 9004;
    public const uint InvalidParameterName = 9005;
    public const uint InvalidParameterType = 9006;
    public const uint InvalidParameterValue = 9007;
    public const uint NonWritableParameter = 9008;
    public const uint NotificationRejected = 9009;
    public const uint DownloadFailure = 9010;
    public const uint UploadFailure = 9011;
    public const uint FileServerAuthenticationFailure = 9012;
    public const uint UnsupportedTransferProtocol = 9013;

    /// <summary>The text TR-069 gives each code, for fault strings we write.</summary>
    public static string Describe(uint code) => code switch
    {
        Unreadable => "Fault with an unreadable code",
        8000 => "Method not supported",
        8001 => "Request denied",
        8002 => "Internal error",
        8003 => "Invalid arguments",
        8004 => "Resources exceeded",
        8005 => "Retry request",
        8006 => "ACS version incompatible with CPE",
        9000 => "Method not supported",
        9001 => "Request denied",
        9002 => "Internal error",
        9003 => "Invalid arguments",
        9004 => "Resources exceeded",
        9005 => "Invalid parameter name",
        9006 => "Invalid parameter type",
        9007 => "Invalid parameter value",
        9008 => "Attempt to set a non-writable parameter",
        9009 => "Notification request rejected",
        9010 => "Download failure",
        9011 => "Upload failure",
        9012 => "File transfer server authentication failure",
        9013 => "Unsupported protocol for file transfer",
        9014 => "File transfer failure: unable to join multicast group",
        9015 => "File transfer failure: unable to contact file server",
        9016 => "File transfer failure: unable to access file",
        9017 => "File transfer failure: unable to complete download",
        9018 => "File transfer failure: file corrupted",
        9019 => "File transfer failure: file authentication failure",
        9020 => "File transfer failure: unable to complete download within specified time windows",
        9021 => "Cancelation of file transfer not permitted",
        >= 9800 and <= 9899 => "Vendor-specific fault",
        _ => "Fault",
    };

    /// <summary>
    /// Faults a retry cannot mend: the request itself was wrong for this device, so sending it again
    /// gives the same answer. An unreadable code counts as permanent: an agent that cannot say what is
    /// wrong will not say it better the next time, and resending a change it refused can only repeat it.
    /// </summary>
    public static bool IsPermanent(uint code) => code is
        Unreadable or 9000 or 9003 or 9005 or 9006 or 9007 or 9008 or 9009 or 9013 or 9019 or 9021 or 8000 or 8003;
}
