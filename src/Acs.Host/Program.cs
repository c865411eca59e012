using Acs.Host;
using Acs.Host.Admin;
using Acs.Host.Startup;

if (args is ["admin", ..])
{
    try
    {
        return await AdminCommand.RunAsync(args[1..], AdminCommand.Settings(), Console.Out, Console.Error);
    }
    catch (StartupRefusedException refusal)
    {
        Console.Error.WriteLine(refusal.Message);
        return 1;
    }
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
