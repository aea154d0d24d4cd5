using System.Security.Cryptography;
using SisterCities.Cms.Cli;

namespace SisterCities.Cms.Accounts;

/// <summary>
/// <c>users create-admin &lt;email&gt;</c>: for scripted installs. The password comes from standard input when it
/// is redirected (<c>echo "$PW" | … users create-admin a@b.ua</c>); otherwise a strong one is generated and printed once.
/// </summary>
public sealed class CreateAdminCommand(AccountAdministration accounts, StandardInput input) : ICliCommand
{
    public string Name => "users create-admin";

    public string Usage => "users create-admin <email>";

    public string Description => "Creates a network admin; password from stdin, or generated and printed.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || !arguments[0].Contains('@', StringComparison.Ordinal))
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var reader = input.Redirected();
        var password = reader is null ? null : (await reader.ReadLineAsync(cancellationToken))?.Trim();
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Generate();
        }

        var result = await accounts.CreateNetworkAdminAsync(arguments[0], password!, actor: null, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync("Refused: " + error.Description);
            }

            return 1;
        }

        await output.WriteLineAsync($"Network admin {arguments[0]} created.");
        if (generated)
        {
            await output.WriteLineAsync($"Generated password (shown once, change it after signing in): {password}");
        }

        return 0;
    }

    private static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(alphabet, 5)));
    }
}
