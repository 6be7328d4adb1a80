using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActionOwners_ActionItemId",
                table: "ActionOwners");

            migrationBuilder.DropIndex(
                name: "IX_ActionOwners_PersonId",
                table: "ActionOwners");

            migrationBuilder.DropIndex(
                name: "IX_ActionOwners_PostId",
                table: "ActionOwners");

            migrationBuilder.DropIndex(
                name: "IX_ActionItems_Status_DueDate",
                table: "ActionItems");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "ActionItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionOwners_ActionItemId_PersonId_PostId_BodyName",
                table: "ActionOwners",
                columns: new[] { "ActionItemId", "PersonId", "PostId", "BodyName" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionOwners_BodyName_ActionItemId",
                table: "ActionOwners",
                columns: new[] { "BodyName", "ActionItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionOwners_PersonId_ActionItemId",
                table: "ActionOwners",
                columns: new[] { "PersonId", "ActionItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionOwners_PostId_ActionItemId",
                table: "ActionOwners",
                columns: new[] { "PostId", "ActionItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_Status_ClosedAtUtc",
                table: "ActionItems",
                columns: new[] { "Status", "ClosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_Status_DueOn_Theme_MeetingId_Number",
                table: "ActionItems",
                columns: new[] { "Status", "DueOn", "Theme", "MeetingId", "Number" });

            // DueOn is DueDate, or else the target meeting's date, kept in step by the database itself so that every
            // writer (services, demo data, imports, tests) agrees with the queries. See docs/decisions/0007.
            migrationBuilder.Sql("""
                UPDATE "ActionItems" SET "DueOn" = COALESCE("DueDate", (SELECT "Date" FROM "Meetings" WHERE "Id" = "ActionItems"."TargetMeetingId"));
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ActionItems_DueOn_Insert" AFTER INSERT ON "ActionItems" BEGIN
                    UPDATE "ActionItems" SET "DueOn" = COALESCE(NEW."DueDate", (SELECT "Date" FROM "Meetings" WHERE "Id" = NEW."TargetMeetingId"))
                    WHERE "Id" = NEW."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ActionItems_DueOn_Update" AFTER UPDATE OF "DueDate", "TargetMeetingId" ON "ActionItems" BEGIN
                    UPDATE "ActionItems" SET "DueOn" = COALESCE(NEW."DueDate", (SELECT "Date" FROM "Meetings" WHERE "Id" = NEW."TargetMeetingId"))
                    WHERE "Id" = NEW."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Meetings_Date_DueOn" AFTER UPDATE OF "Date" ON "Meetings" BEGIN
                    UPDATE "ActionItems" SET "DueOn" = NEW."Date" WHERE "TargetMeetingId" = NEW."Id" AND "DueDate" IS NULL;
                END;
                """);

            // The tracker's search, LIKE '%…%' over an action's description and reference and its updates' note and new
            // value, answered by a trigram index. One row per action (rowid = the action's id: description, newline,
            // reference) and one per update (rowid = minus the update's id: note, newline, new value); a search term has
            // no newline, so it matches within one of the texts, exactly as LIKE on the columns did.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ActionSearch" USING fts5("ActionItemId" UNINDEXED, "Text", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ActionSearch" ("rowid", "ActionItemId", "Text")
                SELECT "Id", "Id", "Description" || char(10) || "Reference" FROM "ActionItems";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ActionSearch" ("rowid", "ActionItemId", "Text")
                SELECT -"Id", "ActionItemId", COALESCE("Note", '') || char(10) || COALESCE("To", '') FROM "ActionUpdates";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ActionItems_Search_Insert" AFTER INSERT ON "ActionItems" BEGIN
                    INSERT INTO "ActionSearch" ("rowid", "ActionItemId", "Text") VALUES (NEW."Id", NEW."Id", NEW."Description" || char(10) || NEW."Reference");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ActionItems_Search_Update" AFTER UPDATE OF "Description", "Reference" ON "ActionItems" BEGIN
                    UPDATE "ActionSearch" SET "Text" = NEW."Description" || char(10) || NEW."Reference" WHERE "rowid" = NEW."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ActionItems_Search_Delete" AFTER DELETE ON "ActionItems" BEGIN
                    DELETE FROM "ActionSearch" WHERE "rowid" = OLD."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ActionUpdates_Search_Insert" AFTER INSERT ON "ActionUpdates" BEGIN
                    INSERT INTO "ActionSearch" ("rowid", "ActionItemId", "Text")
                    VALUES (-NEW."Id", NEW."ActionItemId", COALESCE(NEW."Note", '') || char(10) || COALESCE(NEW."To", ''));
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ActionUpdates_Search_Delete" AFTER DELETE ON "ActionUpdates" BEGIN
                    DELETE FROM "ActionSearch" WHERE "rowid" = -OLD."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[]
            {
                "ActionItems_DueOn_Insert", "ActionItems_DueOn_Update", "Meetings_Date_DueOn", "ActionItems_Search_Insert",
                "ActionItems_Search_Update", "ActionItems_Search_Delete", "ActionUpdates_Search_Insert", "ActionUpdates_Search_Delete",
            })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ActionSearch\";");

            migrationBuilder.DropIndex(
                name: "IX_ActionOwners_ActionItemId_PersonId_PostId_BodyName",
                table: "ActionOwners");

            migrationBuilder.DropIndex(
                name: "IX_ActionOwners_BodyName_ActionItemId",
                table: "ActionOwners");

            migrationBuilder.DropIndex(
                name: "IX_ActionOwners_PersonId_ActionItemId",
                table: "ActionOwners");

            migrationBuilder.DropIndex(
                name: "IX_ActionOwners_PostId_ActionItemId",
                table: "ActionOwners");

            migrationBuilder.DropIndex(
                name: "IX_ActionItems_Status_ClosedAtUtc",
                table: "ActionItems");

            migrationBuilder.DropIndex(
                name: "IX_ActionItems_Status_DueOn_Theme_MeetingId_Number",
                table: "ActionItems");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "ActionItems");

            migrationBuilder.CreateIndex(
                name: "IX_ActionOwners_ActionItemId",
                table: "ActionOwners",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionOwners_PersonId",
                table: "ActionOwners",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionOwners_PostId",
                table: "ActionOwners",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_Status_DueDate",
                table: "ActionItems",
                columns: new[] { "Status", "DueDate" });
        }
    }
}
