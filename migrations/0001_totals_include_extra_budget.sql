-- The list's totals now count the ceiling each row shows (maximum_spend + extra_budget): rebuild them from the rows.
DELETE FROM "assignment_totals";--> statement-breakpoint
INSERT INTO "assignment_totals" ("company_id", "status", "currency", "count", "maximum_spend")
SELECT "company_id", "status", "currency", count(*), sum("maximum_spend" + "extra_budget")
FROM "assignments" GROUP BY "company_id", "status", "currency";
