using SisterCities.Cms.Catalog.Projects;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>A business's investment project as the portal form posts it; <see cref="ProjectEditing"/> checks it.</summary>
public sealed class ProjectForm
{
    public string? TitleUk { get; set; }

    public string? DescriptionUk { get; set; }

    public string? TitleEn { get; set; }

    public string? DescriptionEn { get; set; }

    public string? Sector { get; set; }

    public string? LocationSiteKey { get; set; }

    public decimal? AmountSought { get; set; }

    public string? Currency { get; set; }

    public string? Stage { get; set; } = nameof(ProjectStage.Idea);

    public string? Status { get; set; } = nameof(ProjectStatus.Draft);

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public FormErrors Errors { get; set; } = FormErrors.None;

    public ProjectDraft ToDraft(Guid businessId, int? locationSiteId, IEnumerable<Guid> documents)
    {
        var texts = new Dictionary<string, ProjectText>(StringComparer.Ordinal);
        if (BusinessForm.Blank(TitleUk) is not null || BusinessForm.Blank(DescriptionUk) is not null)
        {
            texts["uk"] = new ProjectText { Title = TitleUk ?? "", Description = BusinessForm.Blank(DescriptionUk) };
        }

        if (BusinessForm.Blank(TitleEn) is not null || BusinessForm.Blank(DescriptionEn) is not null)
        {
            texts["en"] = new ProjectText { Title = TitleEn ?? "", Description = BusinessForm.Blank(DescriptionEn) };
        }

        return new ProjectDraft
        {
            BusinessId = businessId,
            Texts = texts,
            Sector = Sector,
            LocationSiteId = locationSiteId,
            AmountSought = AmountSought,
            Currency = BusinessForm.Blank(Currency),
            Stage = Enum.TryParse<ProjectStage>(Stage, true, out var stage) && Enum.IsDefined(stage) ? stage : (ProjectStage)(-1),
            Status = Enum.TryParse<ProjectStatus>(Status, true, out var status) && Enum.IsDefined(status) ? status : (ProjectStatus)(-1),
            Documents = documents.ToList(),
            Contact = new ProjectContact { Name = BusinessForm.Blank(ContactName), Email = BusinessForm.Blank(ContactEmail), Phone = BusinessForm.Blank(ContactPhone) },
        };
    }

    public static ProjectForm From(InvestmentProject p, string? locationSiteKey) => new()
    {
        TitleUk = p.Texts.GetValueOrDefault("uk")?.Title,
        DescriptionUk = p.Texts.GetValueOrDefault("uk")?.Description,
        TitleEn = p.Texts.GetValueOrDefault("en")?.Title,
        DescriptionEn = p.Texts.GetValueOrDefault("en")?.Description,
        Sector = p.Sector,
        LocationSiteKey = locationSiteKey,
        AmountSought = p.AmountSought,
        Currency = p.Currency,
        Stage = p.Stage.ToString(),
        Status = p.Status.ToString(),
        ContactName = p.Contact.Name,
        ContactEmail = p.Contact.Email,
        ContactPhone = p.Contact.Phone,
    };
}
