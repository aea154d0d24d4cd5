using SisterCities.Cms.Data;

namespace SisterCities.Cms.Notifications;

/// <summary>Queues a message in the caller's unit of work: it is sent only if the change it reports commits.</summary>
public sealed class MailOutbox(CmsDbContext db, TimeProvider clock)
{
    public void Enqueue(string to, string subject, string body)
    {
        var now = clock.GetUtcNow();
        db.Add(new OutboxMail { To = to, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now });
    }
}
