namespace SisterCities.Cms.Data;

/// <summary>The <c>Cms</c> configuration section.</summary>
public sealed class CmsOptions
{
    public const string Section = "Cms";

    /// <summary>Folder for the SQLite file, search index, media and mail drop. Relative paths are below the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Apply pending migrations at start-up. Turn off where a deployment step runs <c>migrate</c> instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo network (real municipalities, labelled demo news) into an empty database.</summary>
    public bool SeedDemoNetwork { get; set; } = true;

    /// <summary>Also resolve sites by the path prefix <c>/s/{key}/</c>: for development and tests, off in production.</summary>
    public bool AllowSitePathPrefix { get; set; }
}
