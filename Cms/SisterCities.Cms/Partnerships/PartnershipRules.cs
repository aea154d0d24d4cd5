using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships;

/// <summary>
/// The rules every partnership obeys, whoever writes it (backoffice, import, API): a real partner, not the
/// site itself, no second active tie between the same pair, dates in order. Errors are keyed by field.
/// </summary>
public sealed class PartnershipRules(CmsDbContext db, TimeProvider clock)
{
    public async Task<Dictionary<string, string[]>> ValidateAsync(PartnershipDraft draft, int? existingId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!await db.Set<Site>().AnyAsync(s => s.Id == draft.SiteId, cancellationToken))
        {
            errors["siteId"] = ["No such site."];
        }

        if ((draft.PartnerCityId is null) == (draft.PartnerSiteId is null))
        {
            errors["partner"] = ["Name exactly one partner: a city abroad or another site of the network."];
        }
        else if (draft.PartnerSiteId == draft.SiteId)
        {
            errors["partnerSiteId"] = ["A site cannot be its own partner."];
        }
        else if (draft.PartnerSiteId is { } partnerSite && !await db.Set<Site>().AnyAsync(s => s.Id == partnerSite, cancellationToken))
        {
            errors["partnerSiteId"] = ["No such site."];
        }
        else if (draft.PartnerCityId is { } partnerCity && !await db.Set<PartnerCity>().AnyAsync(c => c.Id == partnerCity, cancellationToken))
        {
            errors["partnerCityId"] = ["No such partner city."];
        }

        if (!Enum.IsDefined(draft.Status))
        {
            errors["status"] = ["Unknown status."];
        }

        var unknownAreas = draft.Areas.Where(a => !CooperationAreas.IsKnown(a)).ToList();
        if (unknownAreas.Count > 0)
        {
            errors["areas"] = [$"Unknown areas: {string.Join(", ", unknownAreas)}. Known: {string.Join(", ", CooperationAreas.All.Keys)}."];
        }

        if (draft.StartedOn is { } start && draft.EndedOn is { } end && end < start)
        {
            errors["endedOn"] = ["The end date is before the start date."];
        }

        var thisYear = clock.GetUtcNow().Year;
        if (draft.SinceYear is { } year && (year < 1900 || year > thisYear))
        {
            errors["sinceYear"] = [$"The year must be between 1900 and {thisYear}."];
        }

        if (draft.SourceUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors["sourceUrl"] = ["The source must be an http(s) address."];
        }

        await CheckAttachmentsAsync(draft, errors, cancellationToken);

        if (errors.Count == 0 && draft.Status == PartnershipStatus.Active && await HasActiveDuplicateAsync(draft, existingId, cancellationToken))
        {
            errors["partner"] = ["These two already have an active partnership."];
        }

        return errors;
    }

    /// <summary>The agreement is a document of this site's (or the shared) media library; linked news are this site's items.</summary>
    private async Task CheckAttachmentsAsync(PartnershipDraft draft, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (draft.ContactEmail is { Length: > 0 } email && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            errors["contactEmail"] = ["An e-mail address."];
        }

        if (draft.AgreementMediaKey is { } media
            && !await db.Set<Media.MediaItem>().AnyAsync(m => m.Key == media && (m.SiteId == null || m.SiteId == draft.SiteId), cancellationToken))
        {
            errors["agreementMediaKey"] = ["No such document in this site's media library."];
        }

        var news = draft.LinkedNewsKeys.Distinct().ToList();
        if (news.Count > 0 && await db.Set<Content.ContentItem>().CountAsync(i => news.Contains(i.Key) && i.SiteId == draft.SiteId, cancellationToken) != news.Count)
        {
            errors["linkedNewsKeys"] = ["Every linked news item must be an item of this site."];
        }
    }

    private Task<bool> HasActiveDuplicateAsync(PartnershipDraft draft, int? existingId, CancellationToken cancellationToken)
    {
        var active = db.Set<Partnership>().Where(p => p.Status == PartnershipStatus.Active && p.Id != (existingId ?? 0));
        return draft.PartnerCityId is { } city
            ? active.AnyAsync(p => p.SiteId == draft.SiteId && p.PartnerCityId == city, cancellationToken)
            : active.AnyAsync(
                p => (p.SiteId == draft.SiteId && p.PartnerSiteId == draft.PartnerSiteId)
                     || (p.SiteId == draft.PartnerSiteId && p.PartnerSiteId == draft.SiteId),
                cancellationToken);
    }
}
