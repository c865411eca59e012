using Acs.Host;

var app = AcsHost.Create(args);
await app.StartAcsAsync();
await app.WaitForShutdownAsync();
