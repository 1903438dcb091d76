CREATE TABLE "scorecard_months" (
	"subject" "scorecard_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"month" date NOT NULL,
	"count" integer NOT NULL,
	"total" double precision NOT NULL,
	CONSTRAINT "scorecard_months_subject_subject_id_figure_month_pk" PRIMARY KEY("subject","subject_id","figure","month")
);
--> statement-breakpoint
-- The months of the scorecards kept before this table existed, from their kept day sums (once, at migration).
INSERT INTO "scorecard_months" ("subject", "subject_id", "figure", "month", "count", "total")
SELECT "subject", "subject_id", "figure", date_trunc('month', "day")::date, sum("count")::int, sum("total")
FROM "scorecard_days" GROUP BY 1, 2, 3, 4;
