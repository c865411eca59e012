namespace Acs.Host.Startup;

/// <summary>
/// A setting the server cannot start with (an https:// URL without a certificate, a port in use, ...).
/// Program prints the message as one line and exits with status 1, instead of a stack trace.
/// </summary>
public sealed class StartupRefusedException(string message, Exception? inner = null) : Exception(message, inner);
