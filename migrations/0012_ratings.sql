CREATE TYPE "public"."rating_ratee" AS ENUM('worker', 'company');--> statement-breakpoint
CREATE TYPE "public"."rating_level" AS ENUM('excellent', 'satisfied', 'unsatisfied');--> statement-breakpoint
CREATE TYPE "public"."scorecard_subject" AS ENUM('company', 'worker');--> statement-breakpoint
CREATE TABLE "rating_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rating_id" uuid NOT NULL,
	"flagged_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"rates" "rating_ratee" NOT NULL,
	"rated_by" uuid NOT NULL,
	"overall" "rating_level" NOT NULL,
	"scores" jsonb NOT NULL,
	"review" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"publishes_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"reply" text,
	"replied_at" timestamp with time zone,
	"replied_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scorecard_days" (
	"subject" "scorecard_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"day" date NOT NULL,
	"count" integer NOT NULL,
	"total" double precision NOT NULL,
	CONSTRAINT "scorecard_days_subject_subject_id_figure_day_pk" PRIMARY KEY("subject","subject_id","figure","day")
);
--> statement-breakpoint
CREATE TABLE "scorecard_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject" "scorecard_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"ref" text NOT NULL,
	"assignment_id" uuid,
	"company_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scorecard_totals" (
	"subject" "scorecard_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"count" integer NOT NULL,
	"total" double precision NOT NULL,
	CONSTRAINT "scorecard_totals_subject_subject_id_figure_pk" PRIMARY KEY("subject","subject_id","figure")
);
--> statement-breakpoint
ALTER TABLE "rating_flags" ADD CONSTRAINT "rating_flags_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_flags" ADD CONSTRAINT "rating_flags_flagged_by_users_id_fk" FOREIGN KEY ("flagged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_replied_by_users_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_flags_rating_id_flagged_by_index" ON "rating_flags" USING btree ("rating_id","flagged_by");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_assignment_id_rates_index" ON "ratings" USING btree ("assignment_id","rates");--> statement-breakpoint
CREATE INDEX "ratings_company_id_rates_published_at_index" ON "ratings" USING btree ("company_id","rates","published_at");--> statement-breakpoint
CREATE INDEX "ratings_worker_id_rates_published_at_index" ON "ratings" USING btree ("worker_id","rates","published_at");--> statement-breakpoint
CREATE INDEX "ratings_unpublished_idx" ON "ratings" USING btree ("publishes_at") WHERE published_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_entries_subject_subject_id_figure_ref_index" ON "scorecard_entries" USING btree ("subject","subject_id","figure","ref");--> statement-breakpoint
CREATE INDEX "scorecard_entries_subject_subject_id_figure_at_id_index" ON "scorecard_entries" USING btree ("subject","subject_id","figure","at" DESC NULLS LAST,"id" DESC NULLS LAST);