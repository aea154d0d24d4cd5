using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Backoffice;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>
/// The posted-form flow every partnership screen and the portal's offer form share, through its callbacks: the form
/// that keeps its errors its own way (the portal's) gets the rules' errors or the write's refusal handed to it, and
/// only a write without errors commits.
/// </summary>
public sealed class FormSubmissionTests
{
    private static readonly Dictionary<string, string[]> TitleMissing = new(StringComparer.Ordinal) { ["title"] = ["A title is required."] };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_form_that_could_not_be_read_gets_the_rules_errors_and_nothing_is_written(DatabaseProvider provider)
    {
        Dictionary<string, string[]>? handed = null;
        var writeRan = false;
        var (done, offers) = await InScopeAsync(provider, (db, _) => FormSubmission.RunAsync(
            db, unreadable: true, _ => Task.FromResult(TitleMissing), errors => handed = errors,
            _ =>
            {
                writeRan = true;
                return Task.FromResult(new Dictionary<string, string[]>());
            },
            _ => Assert.Fail("The write did not run, so it cannot have refused."), default));

        Assert.False(done);
        Assert.False(writeRan);
        Assert.Equal(TitleMissing, handed);
        Assert.Equal(0, offers);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_refused_write_hands_on_its_errors_and_what_it_saved_on_the_way_is_rolled_back(DatabaseProvider provider)
    {
        Dictionary<string, string[]>? handed = null;
        var (done, offers) = await InScopeAsync(provider, (db, siteId) => FormSubmission.RunAsync(
            db, unreadable: false, _ => Task.FromResult(TitleMissing), _ => Assert.Fail("The form was readable, so the rules alone do not run."),
            async c =>
            {
                // A writer that saved part of its work before finding the problem.
                db.Add(Offer(siteId));
                await db.SaveChangesAsync(c);
                return TitleMissing;
            },
            errors => handed = errors, default));

        Assert.Equal(0, offers);
        Assert.Equal(TitleMissing, handed);
        Assert.False(done);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_write_without_errors_commits_with_what_it_recorded_and_so_does_a_change_without_a_form(DatabaseProvider provider)
    {
        var (done, offers) = await InScopeAsync(provider, async (db, siteId) =>
        {
            var submitted = await FormSubmission.RunAsync(
                db, unreadable: false, _ => Task.FromResult(TitleMissing), _ => Assert.Fail("The form was readable."),
                _ =>
                {
                    // Recorded only, like an audit row: the flow's own save commits it.
                    db.Add(Offer(siteId));
                    return Task.FromResult(new Dictionary<string, string[]>());
                },
                _ => Assert.Fail("The write had no errors."), default);
            await FormSubmission.CommitAsync(db, _ =>
            {
                db.Add(Offer(siteId));
                return Task.CompletedTask;
            }, default);
            return submitted;
        });

        Assert.True(done);
        Assert.Equal(2, offers);
    }

    /// <summary>Runs the work in one scope of a fresh CMS with Lviv's site, and counts the offers stored afterwards (in another scope).</summary>
    private static async Task<(bool Done, int Offers)> InScopeAsync(DatabaseProvider provider, Func<CmsDbContext, int, Task<bool>> work)
    {
        await using var app = CmsAppFactory.For(provider);
        var siteId = await app.WithScopeAsync(async sp => (await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv()))[0].Id);
        var done = await app.WithScopeAsync(sp => work(sp.GetRequiredService<CmsDbContext>(), siteId));
        var offers = await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<CooperationOffer>().CountAsync());
        return (done, offers);
    }

    private static CooperationOffer Offer(int siteId) => OfferRecords.Request("trade", new DateOnly(2099, 1, 1), siteId);
}
