using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Moq;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Workflow;

public sealed class MailOutboxTests
{
    [Fact]
    public async Task A_failed_smtp_send_is_kept_with_its_error_and_retried_after_the_back_off()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var smtp = new Mock<IMailTransport>();
        var sent = new List<MimeMessage>();
        smtp.SetupSequence(t => t.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("421 mail.lviv.example: service not available"))
            .Returns(() => { sent.Add(new MimeMessage()); return Task.CompletedTask; });
        await using var bed = await BackofficeTestBed.StartAsync(clock, services: s => s.AddSingleton(smtp.Object));
        await bed.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<MailOutbox>().Enqueue("editor@lviv.example", "На розгляд: новина", "Текст листа.");
            await sp.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });
        var sender = bed.App.Services.GetRequiredService<OutboxMailSender>();

        Assert.Equal(0, await sender.RunOnceAsync(CancellationToken.None));
        var failed = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().AsNoTracking().SingleAsync());
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("421", failed.LastError);
        Assert.True(failed.NextAttemptAt > clock.GetUtcNow());

        Assert.Equal(0, await sender.RunOnceAsync(CancellationToken.None));
        Assert.Empty(sent);

        clock.Advance(TimeSpan.FromMinutes(2));
        await sender.RunOnceAsync(CancellationToken.None);
        var delivered = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().AsNoTracking().SingleAsync());
        Assert.NotNull(delivered.SentAt);
        Assert.Single(sent);
        smtp.Verify(t => t.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Without_smtp_settings_mail_is_written_as_eml_files_in_the_data_folder()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<MailOutbox>().Enqueue("author@kyiv.example", "Опубліковано: Нові маршрути", "«Нові маршрути» схвалено й опубліковано.");
            await sp.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });
        Assert.IsType<EmlFileMailTransport>(bed.App.Services.GetRequiredService<IMailTransport>());

        await bed.App.Services.GetRequiredService<OutboxMailSender>().RunOnceAsync(CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(bed.DataPath, EmlFileMailTransport.FolderName), "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Опубліковано: Нові маршрути", message.Subject);
        Assert.Equal("author@kyiv.example", message.To.Mailboxes.Single().Address);
        Assert.Contains("схвалено й опубліковано", message.TextBody);
    }
}
