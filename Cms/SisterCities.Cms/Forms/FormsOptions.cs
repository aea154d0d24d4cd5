namespace SisterCities.Cms.Forms;

/// <summary>Settings of the forms feature (configuration section <c>Forms</c>).</summary>
public sealed class FormsOptions
{
    public const string Section = "Forms";

    /// <summary>Posts a form page must stay open before a submit counts as human (bots post at once).</summary>
    public int MinimumFillSeconds { get; set; } = 3;

    /// <summary>How long a rendered form's one-time token stays valid.</summary>
    public int TokenLifetimeHours { get; set; } = 24;

    /// <summary>Length of the rate-limit window; limits below count submissions per window.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;

    public int SubmissionsPerIpPerWindow { get; set; } = 10;

    public int SubmissionsPerFormPerWindow { get; set; } = 120;

    public long MaxRequestBytes { get; set; } = 12 * 1024 * 1024;

    /// <summary>The background runner of workflows and retention; tests turn it off and call the runners themselves.</summary>
    public bool RunBackgroundJobs { get; set; } = true;

    public int WorkflowPollSeconds { get; set; } = 10;

    public int WorkflowMaxAttempts { get; set; } = 10;

    public int WorkflowFirstRetrySeconds { get; set; } = 30;

    public int RetentionSweepMinutes { get; set; } = 60;

    /// <summary>SMTP server for notifications; when empty, messages are written as .eml files to <c>&lt;data&gt;/mail/</c>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public bool SmtpSsl { get; set; } = true;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string MailFrom { get; set; } = "forms@sistercities.localhost";

    /// <summary>Address of the network's sister-cities team; the seeded "propose a partnership" form notifies it when set.</summary>
    public string? SisterCitiesTeamEmail { get; set; }
}
