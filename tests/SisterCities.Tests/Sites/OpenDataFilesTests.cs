using SisterCities.Cms.OpenData;

namespace SisterCities.Tests.Sites;

public sealed class OpenDataFilesTests
{
    [Fact]
    public void Every_shipped_open_data_file_is_in_the_build_output()
    {
        Assert.True(new FileInfo(OpenDataFiles.Katottg).Length > 3_000_000);
        Assert.StartsWith("code,level,name_uk,name_en", File.ReadLines(OpenDataFiles.Kved).First(), StringComparison.Ordinal);
        Assert.StartsWith("ukrainian_city_uk,", File.ReadLines(OpenDataFiles.TwinTowns).First(), StringComparison.Ordinal);
        Assert.Contains("FeatureCollection", File.ReadAllText(OpenDataFiles.OblastBoundaries), StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", File.ReadAllText(OpenDataFiles.Locate(OpenDataFiles.ReadmeFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_names_the_folder_it_looked_in()
    {
        var error = Assert.Throws<FileNotFoundException>(() => OpenDataFiles.Locate("no-such-file.csv"));

        Assert.Contains(OpenDataFiles.Folder, error.Message, StringComparison.Ordinal);
    }
}
