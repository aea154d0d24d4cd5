using SisterCities.Cms;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Themes.Default;
using SisterCities.Themes.Heritage;

// Words before any "--setting=value" select a maintenance command (see "help"); the rest is configuration.
var commandWords = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var settings = args.Skip(commandWords.Length).ToArray();

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(settings);
    builder.AddSisterCitiesCms();
    builder.Services.AddDefaultTheme();
    builder.Services.AddHeritageTheme();
    app = builder.Build();
    if (commandWords.Length > 0)
    {
        if (!CommandDispatcher.IsCommand(app.Services, commandWords))
        {
            await Console.Error.WriteLineAsync($"Unknown command '{string.Join(' ', commandWords)}'. Run with 'help' for the list.");
            return 2;
        }

        if (commandWords is not ["help"] and not ["--help"] and not ["migrate"])
        {
            await CmsComposition.PrepareDatabaseAsync(app.Services, CancellationToken.None);
        }

        return await CommandDispatcher.RunAsync(app.Services, commandWords, Console.Out, CancellationToken.None);
    }

    await app.UseSisterCitiesCmsAsync();
    app.PrintSiteUrlsWhenStarted();
}
catch (CmsConfigurationException e)
{
    await Console.Error.WriteLineAsync("SisterCities cannot start: " + e.Message);
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
