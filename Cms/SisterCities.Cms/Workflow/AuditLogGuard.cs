namespace SisterCities.Cms.Workflow;

/// <summary>
/// Database triggers that make <c>audit_log</c> append-only for everyone, including raw SQL and other tools:
/// UPDATE and DELETE (and TRUNCATE on PostgreSQL) are refused. Installed by the migrations of both providers;
/// whoever squashes migrations must keep the <c>migrationBuilder.Sql(AuditLogGuard.…)</c> calls.
/// </summary>
public static class AuditLogGuard
{
    public const string Message = "audit_log is append-only";

    public const string SqliteUp = $"""
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS audit_log_no_update;
        DROP TRIGGER IF EXISTS audit_log_no_delete;
        """;

    public const string PostgresUp = $"""
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Message}' USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
        DROP TRIGGER IF EXISTS audit_log_no_update_delete ON audit_log;
        DROP FUNCTION IF EXISTS audit_log_append_only();
        """;
}
