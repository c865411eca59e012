using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Acs.Core.PersistenceMigrations
{
    /// <inheritdoc />
    public partial class Phones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastResync",
                table: "devices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "firmware_paths",
                columns: table => new
                {
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LoadsJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_firmware_paths", x => x.ProductName);
                });

            migrationBuilder.CreateTable(
                name: "phone_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phone_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_phone_reports_devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_layers",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParametersJson = table.Column<string>(type: "TEXT", nullable: false),
                    EncryptionJson = table.Column<string>(type: "TEXT", nullable: true),
                    CredentialsJson = table.Column<string>(type: "TEXT", nullable: true),
                    Gzip = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_layers", x => new { x.Scope, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_phone_reports_DeviceId_Id",
                table: "phone_reports",
                columns: new[] { "DeviceId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "firmware_paths");

            migrationBuilder.DropTable(
                name: "phone_reports");

            migrationBuilder.DropTable(
                name: "profile_layers");

            migrationBuilder.DropColumn(
                name: "LastResync",
                table: "devices");
        }
    }
}
