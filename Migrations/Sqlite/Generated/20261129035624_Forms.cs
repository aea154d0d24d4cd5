using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Sqlite.Generated
{
    /// <inheritdoc />
    public partial class Forms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forms_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "form_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<int>(type: "INTEGER", nullable: false),
                    FormVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    ConsentText = table.Column<string>(type: "TEXT", nullable: true),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IpHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubmissionToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Handled = table.Column<bool>(type: "INTEGER", nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_form_entries_forms_FormId",
                        column: x => x.FormId,
                        principalTable: "forms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "form_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FormId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Schema = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_form_versions_forms_FormId",
                        column: x => x.FormId,
                        principalTable: "forms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "form_entry_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldAlias = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_entry_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_form_entry_files_form_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "form_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "form_workflow_jobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_workflow_jobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_form_workflow_jobs_form_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "form_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "form_workflow_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_workflow_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_form_workflow_attempts_form_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "form_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_form_workflow_attempts_form_workflow_jobs_JobId",
                        column: x => x.JobId,
                        principalTable: "form_workflow_jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_form_entries_FormId_CreatedAt",
                table: "form_entries",
                columns: new[] { "FormId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_form_entries_SubmissionToken",
                table: "form_entries",
                column: "SubmissionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_form_entry_files_EntryId",
                table: "form_entry_files",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_form_versions_FormId_Number",
                table: "form_versions",
                columns: new[] { "FormId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_form_workflow_attempts_EntryId",
                table: "form_workflow_attempts",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_form_workflow_attempts_JobId",
                table: "form_workflow_attempts",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_form_workflow_jobs_EntryId",
                table: "form_workflow_jobs",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_form_workflow_jobs_State_NextAttemptAt",
                table: "form_workflow_jobs",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_forms_Key",
                table: "forms",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forms_SiteId",
                table: "forms",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "form_entry_files");

            migrationBuilder.DropTable(
                name: "form_versions");

            migrationBuilder.DropTable(
                name: "form_workflow_attempts");

            migrationBuilder.DropTable(
                name: "form_workflow_jobs");

            migrationBuilder.DropTable(
                name: "form_entries");

            migrationBuilder.DropTable(
                name: "forms");
        }
    }
}
