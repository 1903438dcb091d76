CREATE TYPE "public"."fund_commitment_status" AS ENUM('held', 'released', 'consumed');--> statement-breakpoint
CREATE TABLE "fund_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"amount" bigint NOT NULL,
	"status" "fund_commitment_status" NOT NULL,
	"committed_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "fund_commitments_amount" CHECK ("fund_commitments"."amount" > 0 AND "fund_commitments"."amount" <= 9007199254740991)
);
--> statement-breakpoint
ALTER TABLE "company_profiles" ADD COLUMN "secured_funds" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "fund_commitments" ADD CONSTRAINT "fund_commitments_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_commitments" ADD CONSTRAINT "fund_commitments_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fund_commitments_one_held" ON "fund_commitments" USING btree ("assignment_id") WHERE status = 'held';