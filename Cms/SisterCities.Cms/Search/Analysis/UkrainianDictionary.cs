using Lucene.Net.Analysis.Hunspell;
using Microsoft.Extensions.Logging;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// The Ukrainian hunspell dictionary (Debian's <c>hunspell-uk</c>), loaded once per process on a background thread:
/// it is 8 MB and takes seconds to parse, so no request may wait for it more than once. When the files are missing
/// the analyzers fall back to <see cref="UkrainianLightStemFilter"/> and say so in the log.
/// </summary>
public static partial class UkrainianDictionary
{
    public const string DefaultFolder = "/usr/share/hunspell";
    private static readonly Dictionary<string, Lazy<Task<Dictionary?>>> Loads = new(StringComparer.Ordinal);

    /// <summary>Starts (or joins) the load of <c>uk_UA.aff</c>/<c>uk_UA.dic</c> from <paramref name="folder"/>; null when absent or unreadable.</summary>
    public static Task<Dictionary?> LoadAsync(string folder, ILogger logger)
    {
        Lazy<Task<Dictionary?>> load;
        lock (Loads)
        {
            if (!Loads.TryGetValue(folder, out load!))
            {
                load = new Lazy<Task<Dictionary?>>(() => Task.Run(() => Load(folder, logger)));
                Loads[folder] = load;
            }
        }

        return load.Value;
    }

    private static Dictionary? Load(string folder, ILogger logger)
    {
        var affix = Path.Combine(folder, "uk_UA.aff");
        var words = Path.Combine(folder, "uk_UA.dic");
        if (!File.Exists(affix) || !File.Exists(words))
        {
            LogMissing(logger, folder);
            return null;
        }

        try
        {
            using var affixStream = File.OpenRead(affix);
            using var wordStream = File.OpenRead(words);
            var dictionary = new Dictionary(affixStream, [wordStream], ignoreCase: true);
            LogLoaded(logger, folder);
            return dictionary;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or ArgumentException)
        {
            LogUnreadable(logger, e, folder);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search: the Ukrainian hunspell dictionary (uk_UA.aff/uk_UA.dic) is missing in {Folder}; using the light suffix-stripping stemmer instead. Install the Debian package hunspell-uk for better Ukrainian search.")]
    private static partial void LogMissing(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search: the Ukrainian hunspell dictionary in {Folder} could not be read; using the light suffix-stripping stemmer instead")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search: Ukrainian hunspell dictionary loaded from {Folder}")]
    private static partial void LogLoaded(ILogger logger, string folder);
}
