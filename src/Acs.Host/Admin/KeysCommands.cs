using System.CommandLine;
using System.Globalization;
using Acs.Core.Access;

namespace Acs.Host.Admin;

/// <summary>`admin keys create|list|revoke`: API keys straight in the database, e.g. to regain admin access.</summary>
public static class KeysCommands
{
    public static Command Create(AdminContext context)
    {
        var role = new Option<ApiRole>("--role") { Description = "viewer, operator or admin", Required = true };
        var name = new Option<string>("--name") { Description = "what the key is for, shown in lists", Required = true };
        var create = new Command("create", "Creates a key and prints its secret (alone on standard output, shown only now).") { role, name };
        create.SetAction(async (parse, ct) =>
        {
            await using var services = await context.OpenAsync(ct);
            var (key, secret) = await services.GetRequiredService<ApiKeys>().CreateAsync(parse.GetValue(name)!, parse.GetValue(role), ct: ct);
            await context.Error.WriteLineAsync($"Created {Lower(key.Role)} key '{key.Name}' (id {key.Id}). Its secret follows; it is shown only now:");
            await context.Output.WriteLineAsync(secret);
            return 0;
        });

        var list = new Command("list", "Lists keys (never their secrets).");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await context.OpenAsync(ct);
            var keys = await services.GetRequiredService<ApiKeys>().ListAsync(ct);
            await context.Output.WriteLineAsync($"{"ID",-14}{"ROLE",-10}{"PREFIX",-14}{"CREATED",-22}{"LAST USED",-22}{"REVOKED",-22}NAME");
            foreach (var key in keys)
            {
                await context.Output.WriteLineAsync(
                    $"{key.Id,-14}{Lower(key.Role),-10}{key.Prefix,-14}{Time(key.CreatedAt),-22}{Time(key.LastUsedAt),-22}{Time(key.RevokedAt),-22}{key.Name}");
            }

            return 0;
        });

        var id = new Argument<string>("id") { Description = "the key's id, as listed" };
        var revoke = new Command("revoke", "Revokes a key: it stops working at once.") { id };
        revoke.SetAction(async (parse, ct) =>
        {
            await using var services = await context.OpenAsync(ct);
            var keyId = parse.GetValue(id)!;
            if (!await services.GetRequiredService<ApiKeys>().RevokeAsync(keyId, ct))
            {
                await context.Error.WriteLineAsync($"No live key has the id {keyId}.");
                return 1;
            }

            await context.Output.WriteLineAsync($"Revoked key {keyId}.");
            return 0;
        });

        return new Command("keys", "API keys of the REST API.") { create, list, revoke };
    }

    private static string Lower(ApiRole role) => role.ToString().ToLowerInvariant();

    private static string Time(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
