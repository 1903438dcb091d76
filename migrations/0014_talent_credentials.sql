CREATE TYPE "public"."credential_kind" AS ENUM('certification', 'licence', 'insurance', 'screening');--> statement-breakpoint
CREATE TYPE "public"."credential_review_decision" AS ENUM('verified', 'rejected');--> statement-breakpoint
CREATE TABLE "credential_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credential_id" uuid NOT NULL,
	"company_id" uuid,
	"decision" "credential_review_decision" NOT NULL,
	"reason" text,
	"reviewed_by" uuid NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credential_reviews_one_per_reviewer" UNIQUE NULLS NOT DISTINCT("credential_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"kind" "credential_kind" NOT NULL,
	"name" text NOT NULL,
	"number" text,
	"issuer" text,
	"region" text,
	"country" text,
	"coverage_amount" bigint,
	"coverage_currency" text,
	"performed_on" date,
	"expires_on" date,
	"document_key" text,
	"document_name" text,
	"document_type" text,
	"document_size" bigint,
	"reminder_sent_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credentials_documentKey_unique" UNIQUE("document_key"),
	CONSTRAINT "credentials_coverage" CHECK (("credentials"."coverage_amount" IS NULL) = ("credentials"."coverage_currency" IS NULL) AND ("credentials"."coverage_amount" IS NULL OR "credentials"."coverage_amount" BETWEEN 0 AND 9007199254740991))
);
--> statement-breakpoint
CREATE TABLE "requirement_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "requirement_overrides_one" UNIQUE("subject_type","subject_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "requirement_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"requirements" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "requirement_set_id" uuid;--> statement-breakpoint
ALTER TABLE "credential_reviews" ADD CONSTRAINT "credential_reviews_credential_id_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."credentials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_reviews" ADD CONSTRAINT "credential_reviews_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_reviews" ADD CONSTRAINT "credential_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_overrides" ADD CONSTRAINT "requirement_overrides_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_overrides" ADD CONSTRAINT "requirement_overrides_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_overrides" ADD CONSTRAINT "requirement_overrides_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_sets" ADD CONSTRAINT "requirement_sets_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_sets" ADD CONSTRAINT "requirement_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credentials_worker" ON "credentials" USING btree ("worker_id","kind");--> statement-breakpoint
CREATE INDEX "credentials_expiry" ON "credentials" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "requirement_sets_company" ON "requirement_sets" USING btree ("company_id","name");--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_requirement_set_id_requirement_sets_id_fk" FOREIGN KEY ("requirement_set_id") REFERENCES "public"."requirement_sets"("id") ON DELETE no action ON UPDATE no action;