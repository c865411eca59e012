using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Acs.Core.PersistenceMigrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "devices",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Oui = table.Column<string>(type: "TEXT", nullable: false),
                    ProductClass = table.Column<string>(type: "TEXT", nullable: false),
                    SerialNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Manufacturer = table.Column<string>(type: "TEXT", nullable: false),
                    SoftwareVersion = table.Column<string>(type: "TEXT", nullable: true),
                    HardwareVersion = table.Column<string>(type: "TEXT", nullable: true),
                    ProvisioningCode = table.Column<string>(type: "TEXT", nullable: true),
                    ConnectionRequestUrl = table.Column<string>(type: "TEXT", nullable: true),
                    ConnectionRequestUsername = table.Column<string>(type: "TEXT", nullable: true),
                    ConnectionRequestPassword = table.Column<string>(type: "TEXT", nullable: true),
                    MacAddress = table.Column<string>(type: "TEXT", nullable: true),
                    CwmpNamespace = table.Column<string>(type: "TEXT", nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodicInformInterval = table.Column<uint>(type: "INTEGER", nullable: true),
                    CwmpUsername = table.Column<string>(type: "TEXT", nullable: true),
                    CwmpPasswordHa1 = table.Column<string>(type: "TEXT", nullable: true),
                    HasInformed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastInform = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastBoot = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastBootstrap = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastConnectionRequestAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastConnectionRequestOutcome = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_devices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "device_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EventCode = table.Column<string>(type: "TEXT", nullable: false),
                    CommandKey = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_device_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_device_events_devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "device_parameters",
                columns: table => new
                {
                    DeviceId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: true),
                    Writable = table.Column<bool>(type: "INTEGER", nullable: true),
                    Notification = table.Column<int>(type: "INTEGER", nullable: true),
                    AccessList = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_device_parameters", x => new { x.DeviceId, x.Name });
                    table.ForeignKey(
                        name: "FK_device_parameters_devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CommandKey = table.Column<string>(type: "TEXT", nullable: true),
                    QueuedBy = table.Column<string>(type: "TEXT", nullable: true),
                    BatchId = table.Column<string>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotBefore = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    FaultCode = table.Column<uint>(type: "INTEGER", nullable: true),
                    FaultString = table.Column<string>(type: "TEXT", nullable: true),
                    ParameterFaults = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tasks_devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_device_events_DeviceId_Id",
                table: "device_events",
                columns: new[] { "DeviceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_devices_CwmpUsername",
                table: "devices",
                column: "CwmpUsername");

            migrationBuilder.CreateIndex(
                name: "IX_devices_LastInform",
                table: "devices",
                column: "LastInform");

            migrationBuilder.CreateIndex(
                name: "IX_devices_MacAddress",
                table: "devices",
                column: "MacAddress");

            migrationBuilder.CreateIndex(
                name: "IX_devices_SerialNumber",
                table: "devices",
                column: "SerialNumber");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_BatchId",
                table: "tasks",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_DeviceId_State_Id",
                table: "tasks",
                columns: new[] { "DeviceId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_State_Id",
                table: "tasks",
                columns: new[] { "State", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "device_events");

            migrationBuilder.DropTable(
                name: "device_parameters");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "devices");
        }
    }
}
