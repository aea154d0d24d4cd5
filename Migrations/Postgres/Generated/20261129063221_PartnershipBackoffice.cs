using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Postgres.Generated
{
    /// <inheritdoc />
    public partial class PartnershipBackoffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "partnerships",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedNewsKeys",
                table: "partnerships",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "RegistrationFormKey",
                table: "network_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "cooperation_offers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OfferId",
                table: "catalog_inquiries",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_inquiries_OfferId_CreatedAt",
                table: "catalog_inquiries",
                columns: new[] { "OfferId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_catalog_inquiries_OfferId_CreatedAt",
                table: "catalog_inquiries");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "LinkedNewsKeys",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "RegistrationFormKey",
                table: "network_events");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "cooperation_offers");

            migrationBuilder.DropColumn(
                name: "OfferId",
                table: "catalog_inquiries");
        }
    }
}
