using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Cli;

/// <summary>Finds the command named by the process arguments and runs it in its own scope.</summary>
public static class CommandDispatcher
{
    public static bool IsCommand(IServiceProvider services, string[] args) => Match(services, args) is not null || args is ["help"] or ["--help"];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is ["help"] or ["--help"])
        {
            await output.WriteLineAsync("Commands:");
            await using var helpScope = services.CreateAsyncScope();
            foreach (var command in helpScope.ServiceProvider.GetServices<ICliCommand>().OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"  {command.Usage,-40} {command.Description}");
            }

            return 0;
        }

        var match = Match(services, args) ?? throw new InvalidOperationException("Not a command.");
        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Name == match.Name);
        var wordCount = match.Name.Split(' ').Length;
        return await scoped.RunAsync(args.Skip(wordCount).ToList(), output, cancellationToken);
    }

    private static ICliCommand? Match(IServiceProvider services, string[] args)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetServices<ICliCommand>()
            .OrderByDescending(c => c.Name.Length)
            .FirstOrDefault(c =>
            {
                var words = c.Name.Split(' ');
                return args.Length >= words.Length && words.Select((w, i) => args[i] == w).All(x => x);
            });
    }
}
