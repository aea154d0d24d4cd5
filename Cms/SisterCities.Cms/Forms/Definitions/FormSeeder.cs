using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>
/// The demo network's forms, network-wide so every city site can show them; idempotent by their fixed keys.
/// </summary>
public sealed class FormSeeder(CmsDbContext db, FormDefinitionWriter writer, IOptions<FormsOptions> options)
{
    public static readonly Guid ContactCityHall = Guid.Parse("3b0f3c8e-6a51-4f0e-9c39-0a1c7f2d5e01");

    public static readonly Guid ProposePartnership = Guid.Parse("3b0f3c8e-6a51-4f0e-9c39-0a1c7f2d5e02");

    public static readonly Guid RegisterForEvent = Guid.Parse("3b0f3c8e-6a51-4f0e-9c39-0a1c7f2d5e03");

    public async Task<int> EnsureAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<FormDefinition>().Select(f => f.Key).ToListAsync(cancellationToken);
        var team = options.Value.SisterCitiesTeamEmail;
        var added = 0;
        foreach (var (key, name, schema) in new[]
        {
            (ContactCityHall, "Contact the city hall", SeedForms.ContactCityHall()),
            (ProposePartnership, "Propose a partnership", SeedForms.ProposePartnership(team)),
            (RegisterForEvent, "Register for an event", SeedForms.RegisterForEvent()),
        })
        {
            if (!existing.Contains(key))
            {
                await writer.CreateAsync(key, null, name, schema, cancellationToken);
                added++;
            }
        }

        return added;
    }
}
