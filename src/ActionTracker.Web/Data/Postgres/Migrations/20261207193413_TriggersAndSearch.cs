using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionTracker.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// Written by hand, as SQLite's DashboardScale migration is: what the model cannot say. The due date every list and
    /// count uses (ActionItem.DueOn: the date given, else the date of the meeting it is due back at), kept by triggers;
    /// and the tracker's search texts (ActionSearchText) in a plain table whose trigram index (pg_trgm) answers ILIKE.
    /// Migrations added later by scripts/add-migration.sh come after it and leave it alone.
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261207193413_TriggersAndSearch")]
    public partial class TriggersAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION "ActionItems_DueOn"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."DueOn" := COALESCE(NEW."DueDate", (SELECT "Date" FROM "Meetings" WHERE "Id" = NEW."TargetMeetingId"));
                    RETURN NEW;
                END $$;
                CREATE TRIGGER "ActionItems_DueOn" BEFORE INSERT OR UPDATE OF "DueDate", "TargetMeetingId" ON "ActionItems"
                    FOR EACH ROW EXECUTE FUNCTION "ActionItems_DueOn"();

                CREATE FUNCTION "Meetings_Date_DueOn"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ActionItems" SET "DueOn" = NEW."Date" WHERE "TargetMeetingId" = NEW."Id" AND "DueDate" IS NULL;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Meetings_Date_DueOn" AFTER UPDATE OF "Date" ON "Meetings"
                    FOR EACH ROW EXECUTE FUNCTION "Meetings_Date_DueOn"();
                """);

            // One row per action (Key = its id: description, newline, reference) and one per update (Key = minus its id:
            // note, newline, new value), as in SQLite's FTS5 table.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TABLE "ActionSearch" ("Key" integer PRIMARY KEY, "ActionItemId" integer NOT NULL, "Text" text NOT NULL);
                CREATE INDEX "IX_ActionSearch_Text" ON "ActionSearch" USING gin ("Text" gin_trgm_ops);

                CREATE FUNCTION "ActionItems_Search"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO "ActionSearch" VALUES (NEW."Id", NEW."Id", NEW."Description" || chr(10) || NEW."Reference");
                    ELSIF TG_OP = 'UPDATE' THEN
                        UPDATE "ActionSearch" SET "Text" = NEW."Description" || chr(10) || NEW."Reference" WHERE "Key" = NEW."Id";
                    ELSE
                        DELETE FROM "ActionSearch" WHERE "Key" = OLD."Id";
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "ActionItems_Search" AFTER INSERT OR UPDATE OF "Description", "Reference" OR DELETE ON "ActionItems"
                    FOR EACH ROW EXECUTE FUNCTION "ActionItems_Search"();

                CREATE FUNCTION "ActionUpdates_Search"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO "ActionSearch" VALUES (-NEW."Id", NEW."ActionItemId", COALESCE(NEW."Note", '') || chr(10) || COALESCE(NEW."To", ''));
                    ELSE
                        DELETE FROM "ActionSearch" WHERE "Key" = -OLD."Id";
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "ActionUpdates_Search" AFTER INSERT OR DELETE ON "ActionUpdates"
                    FOR EACH ROW EXECUTE FUNCTION "ActionUpdates_Search"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "ActionUpdates_Search" ON "ActionUpdates";
                DROP TRIGGER IF EXISTS "ActionItems_Search" ON "ActionItems";
                DROP TRIGGER IF EXISTS "Meetings_Date_DueOn" ON "Meetings";
                DROP TRIGGER IF EXISTS "ActionItems_DueOn" ON "ActionItems";
                DROP FUNCTION IF EXISTS "ActionUpdates_Search"(), "ActionItems_Search"(), "Meetings_Date_DueOn"(), "ActionItems_DueOn"();
                DROP TABLE IF EXISTS "ActionSearch";
                """);
        }
    }
}
