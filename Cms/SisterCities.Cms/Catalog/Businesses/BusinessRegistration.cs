using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// Registers a business for a signed-in account: checks every field, refuses a second registration of the same
/// EDRPOU, and stores the business as <see cref="VerificationState.Pending"/> with the account as its owner,
/// in one transaction. Nothing is public until a moderator verifies it (<see cref="BusinessModeration"/>).
/// </summary>
public sealed class BusinessRegistration(
    CmsDbContext db,
    SiteDirectory sites,
    BusinessProfileRules rules,
    BusinessIdentityRules identity,
    IOptions<CatalogOptions> options,
    TimeProvider clock)
{
    public async Task<CatalogResult<Business>> RegisterAsync(ICatalogActor actor, BusinessRegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrEmpty(request.Honeypot))
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Invalid, "form", "The form could not be accepted.");
        }

        var now = clock.GetUtcNow();
        var since = now.AddDays(-1);
        var recent = await db.Set<Business>().CountAsync(b => b.CreatedBy == actor.UserId && b.CreatedAt > since, cancellationToken);
        if (recent >= options.Value.RegistrationsPerUserPerDay)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.TooManyRequests, "form", "Too many registrations from this account today.");
        }

        var errors = new CatalogErrors();
        var business = await BuildAsync(errors, request, cancellationToken);
        if (errors.Any || business is null)
        {
            return CatalogResult<Business>.Invalid(errors);
        }

        if (business.Edrpou is not null && await identity.EdrpouTakenAsync(business.Edrpou, null, cancellationToken))
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "edrpou", BusinessIdentityRules.DuplicateEdrpou);
        }

        business.Id = Guid.NewGuid();
        business.State = VerificationState.Pending;
        business.CreatedBy = actor.UserId;
        business.CreatedAt = business.UpdatedAt = now;
        business.Managers.Add(new BusinessManager { UserId = actor.UserId, Role = BusinessManagerRole.Owner, AddedAt = now });

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        db.Add(business);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (business.Edrpou is not null)
        {
            // Two registrations of one EDRPOU at the same moment: the unique index decides, the loser gets a 409.
            db.ChangeTracker.Clear();
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "edrpou", BusinessIdentityRules.DuplicateEdrpou);
        }

        await transaction.CommitAsync(cancellationToken);
        return CatalogResult<Business>.Ok(business);
    }

    private async Task<Business?> BuildAsync(CatalogErrors errors, BusinessRegistrationRequest request, CancellationToken cancellationToken)
    {
        var legalName = BusinessIdentityRules.LegalName(errors, request.LegalName);
        var displayName = CatalogText.Line(errors, "displayName", request.DisplayName, CatalogText.NameMax) ?? legalName;
        var country = IsoCountries.Normalize(request.CountryCode);
        if (!IsoCountries.IsValid(country))
        {
            errors.Add("countryCode", "An ISO 3166-1 alpha-2 country code, e.g. UA or PL.");
        }

        string? edrpou = null, foreignNumber = null, foreignCity = null;
        int? siteId = null;
        if (country == IsoCountries.Ukraine)
        {
            edrpou = BusinessIdentityRules.Edrpou(errors, request.Edrpou);

            var site = string.IsNullOrWhiteSpace(request.SiteKey) ? null : await sites.FindByKeyAsync(request.SiteKey.Trim(), cancellationToken);
            if (site is null)
            {
                errors.Add("siteKey", "Choose the municipality of the network the business is registered in.");
            }

            siteId = site?.Id;
        }
        else if (country is not null)
        {
            foreignNumber = BusinessIdentityRules.ForeignRegistrationNumber(errors, request.ForeignRegistrationNumber);
            foreignCity = CatalogText.Line(errors, "foreignCity", request.ForeignCity, CatalogText.NameMax, required: true);
        }

        var contactEmail = CatalogText.Line(errors, "contactEmail", request.ContactEmail, CatalogText.EmailMax, required: true);
        if (contactEmail is not null && !CatalogText.IsEmail(contactEmail))
        {
            errors.Add("contactEmail", "An e-mail address.");
        }

        if (!Enum.IsDefined(request.SizeBand))
        {
            errors.Add("sizeBand", "micro, small, medium or large.");
        }

        var exportMarkets = rules.Countries(errors, "exportMarkets", request.ExportMarkets);
        var business = new Business
        {
            LegalName = legalName ?? "",
            DisplayName = displayName ?? "",
            SearchName = $"{legalName} {displayName}".ToLowerInvariant(),
            Texts = rules.Texts(errors, request.Texts),
            CountryCode = country ?? "",
            Edrpou = edrpou,
            ForeignRegistrationNumber = foreignNumber,
            SiteId = siteId,
            ForeignCity = foreignCity,
            Address = CatalogText.Line(errors, "address", request.Address, CatalogText.ShortMax),
            Website = rules.Website(errors, request.Website),
            ContactEmail = contactEmail?.ToLowerInvariant(),
            ContactPhone = rules.Phone(errors, request.ContactPhone),
            SizeBand = request.SizeBand,
            FoundedYear = rules.FoundedYear(errors, request.FoundedYear),
            ExportMarkets = exportMarkets,
            IsExporting = exportMarkets.Count > 0,
            Certifications = rules.Certifications(errors, request.Certifications),
            LogoMediaKey = request.LogoMediaKey,
            Activities = rules.Activities(errors, request.KvedCodes),
            CreatedBy = "",
        };
        return errors.Any ? null : business;
    }
}
