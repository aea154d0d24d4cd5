namespace SisterCities.Cms.Workflow;

/// <summary>The actions the audit log names.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Saved = "saved";
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Trashed = "trashed";
    public const string Restored = "restored";
    public const string Moved = "moved";
    public const string Sorted = "sorted";
    public const string RolledBack = "rolled-back";
    public const string Scheduled = "scheduled";
    public const string ScheduleCancelled = "schedule-cancelled";
    public const string RoleGranted = "role-granted";
    public const string RoleRevoked = "role-revoked";
    public const string UserCreated = "user-created";
    public const string SignedOutEverywhere = "signed-out-everywhere";
    public const string AlertPublished = "alert-published";
    public const string AlertWithdrawn = "alert-withdrawn";
    public const string ThemeSettingsChanged = "theme-settings-changed";
}
