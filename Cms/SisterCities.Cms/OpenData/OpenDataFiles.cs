namespace SisterCities.Cms.OpenData;

/// <summary>
/// The open data files that ship with the product (copied beside the assemblies into <c>OpenData/</c>):
/// the KATOTTG codifier, KVED-2010, twin towns, oblast boundaries and the GeoNames coordinates of hromada centres and partner cities. See <c>OpenData/README.md</c> for
/// sources and licences. Other features read them through these paths, never through a shared folder.
/// </summary>
public static class OpenDataFiles
{
    public const string FolderName = "OpenData";

    public const string KatottgFileName = "katottg-2025-07-02.csv";

    public const string KvedFileName = "kved-2010-sections-divisions.csv";

    public const string TwinTownsFileName = "twin-towns.csv";

    public const string OblastBoundariesFileName = "ukraine-oblasts.geojson";

    public const string HromadaCentresFileName = "hromada-centres-geonames.csv";

    public const string PartnerCitiesFileName = "partner-cities-geonames.csv";

    public const string ReadmeFileName = "README.md";

    /// <summary>The folder holding the files, beside the application's assemblies.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>Codifier of administrative-territorial units (KATOTTG), edition of 2 July 2025.</summary>
    public static string Katottg => Locate(KatottgFileName);

    /// <summary>KVED-2010 (NACE Rev. 2) sections and divisions.</summary>
    public static string Kved => Locate(KvedFileName);

    /// <summary>Twin-town pairs of Ukrainian cities, each with its public source.</summary>
    public static string TwinTowns => Locate(TwinTownsFileName);

    /// <summary>Oblast boundaries (GeoJSON, WGS 84).</summary>
    public static string OblastBoundaries => Locate(OblastBoundariesFileName);

    /// <summary>Coordinates of 1,293 hromada centres and Kyiv (GeoNames, CC BY 4.0); the rest have none.</summary>
    public static string HromadaCentres => Locate(HromadaCentresFileName);

    /// <summary>Coordinates of 125 foreign partner cities of the twin-town file (GeoNames, CC BY 4.0).</summary>
    public static string PartnerCities => Locate(PartnerCitiesFileName);

    /// <summary>The full path of a shipped file; throws with the looked-up path when the build did not copy it.</summary>
    public static string Locate(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The open data file '{fileName}' is missing from '{Folder}'. It ships in Cms/SisterCities.Cms/OpenData and is copied on build; rebuild the solution.",
                path);
        }

        return path;
    }
}
