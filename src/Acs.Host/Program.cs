using Acs.Host;
using Acs.Host.Admin;
using Acs.Host.Startup;

if (args is ["admin", ..])
{
    return await AdminCommand.RunAsync(args[1..], AdminCommand.Settings(), Console.Out, Console.Error);
}

try
{
    var app = AcsHost.Create(args);
    await app.StartAcsAsync();
    await app.WaitForShutdownAsync();
    return 0;
}
catch (StartupRefusedException refusal)
{
    // One line naming the setting, not a stack trace.
    Console.Error.WriteLine($"Acs did not start: {refusal.Message}");
    return 1;
}
