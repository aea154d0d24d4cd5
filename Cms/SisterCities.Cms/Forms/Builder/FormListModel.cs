using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>The forms a user manages, with entry counts, and where they may create a new one.</summary>
public sealed record FormListModel(
    IReadOnlyList<FormListRow> Forms,
    IReadOnlyList<SiteSummary> Sites,
    bool CanCreateNetworkForms,
    IReadOnlyDictionary<string, string> Errors);
