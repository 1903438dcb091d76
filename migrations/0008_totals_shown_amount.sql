ALTER TABLE "assignment_totals" DROP CONSTRAINT "assignment_totals_bounds";--> statement-breakpoint
ALTER TABLE "assignment_totals" ADD COLUMN "amount" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "assignment_totals" ADD CONSTRAINT "assignment_totals_bounds" CHECK (abs("assignment_totals"."maximum_spend") <= 9007199254740991 AND abs("assignment_totals"."amount") <= 9007199254740991);--> statement-breakpoint
-- Issue 9: the counters also keep the shown amount (approved claims for approved and paid, ceilings otherwise).
-- Rebuilt from the assignments themselves, which the deltas always summed to.
DELETE FROM "assignment_totals";--> statement-breakpoint
INSERT INTO "assignment_totals" ("company_id", "status", "currency", "count", "maximum_spend", "amount")
SELECT "company_id", "status", "currency", count(*), sum("maximum_spend" + "extra_budget"),
  sum(CASE WHEN "status" IN ('approved', 'paid') AND "claimed_amount" IS NOT NULL THEN "claimed_amount"
    ELSE "maximum_spend" + "extra_budget" END)
FROM "assignments" GROUP BY "company_id", "status", "currency";
