CREATE TYPE "public"."account_type" AS ENUM('client', 'worker', 'staff');--> statement-breakpoint
CREATE TYPE "public"."company_role" AS ENUM('admin', 'manager', 'finance', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('admin', 'escalations', 'trust_safety');--> statement-breakpoint
CREATE TYPE "public"."assignment_application_status" AS ENUM('pending', 'selected', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."assignment_status" AS ENUM('draft', 'sent', 'declined', 'assigned', 'in_progress', 'submitted', 'approved', 'paid', 'cancelled', 'void');--> statement-breakpoint
CREATE TYPE "public"."assignment_location_type" AS ENUM('onsite', 'remote');--> statement-breakpoint
CREATE TYPE "public"."assignment_pricing_type" AS ENUM('flat', 'hourly', 'per_unit', 'blended');--> statement-breakpoint
CREATE TYPE "public"."assignment_recipient_status" AS ENUM('invited', 'declined', 'accepted', 'withdrawn', 'expired');--> statement-breakpoint
CREATE TYPE "public"."assignment_routing_mode" AS ENUM('first_to_accept', 'applications');--> statement-breakpoint
CREATE TYPE "public"."assignment_schedule_type" AS ENUM('fixed', 'window');--> statement-breakpoint
CREATE TYPE "public"."industry" AS ENUM('Information Technology', 'Telecommunications', 'Retail', 'Construction', 'Energy & Utilities', 'Healthcare', 'Logistics', 'Audio/Visual', 'Security Systems', 'Electrical', 'HVAC', 'Point of Sale', 'Digital Signage', 'Other');--> statement-breakpoint
CREATE TYPE "public"."policy_kind" AS ENUM('terms_of_service', 'client_guidelines', 'worker_guidelines', 'violation_guidelines');--> statement-breakpoint
CREATE TYPE "public"."deliverable_field_type" AS ENUM('text', 'number', 'date', 'choice');--> statement-breakpoint
CREATE TYPE "public"."deliverable_field_filler" AS ENUM('client', 'worker');--> statement-breakpoint
CREATE TYPE "public"."assignment_file_purpose" AS ENUM('attachment', 'deliverable');--> statement-breakpoint
CREATE TYPE "public"."deliverable_requirement_kind" AS ENUM('photo', 'document', 'signature', 'report');--> statement-breakpoint
CREATE TYPE "public"."assignment_request_kind" AS ENUM('budget_increase', 'reschedule', 'expense', 'bonus');--> statement-breakpoint
CREATE TYPE "public"."assignment_request_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn', 'closed');--> statement-breakpoint
CREATE TABLE "events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text,
	"ip" text,
	CONSTRAINT "events_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response_body" text,
	"content_type" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 8 NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	"key" text,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recurring_jobs" (
	"name" text PRIMARY KEY NOT NULL,
	"every_seconds" integer NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "company_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"role" "company_role" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_resets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"account_type" "account_type" NOT NULL,
	"staff_role" "staff_role",
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"suspended_at" timestamp with time zone,
	CONSTRAINT "users_staff_role" CHECK (("users"."account_type" = 'staff') = ("users"."staff_role" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "assignment_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"status" "assignment_application_status" NOT NULL,
	"message" text,
	"proposed_pricing" jsonb,
	"proposed_schedule" jsonb,
	"maximum_spend" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "assignment_applications_money" CHECK ("assignment_applications"."maximum_spend" >= 0 AND "assignment_applications"."maximum_spend" <= 9007199254740991)
);
--> statement-breakpoint
CREATE TABLE "assignment_recipients" (
	"assignment_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"status" "assignment_recipient_status" NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"decline_reason" text,
	CONSTRAINT "assignment_recipients_assignment_id_worker_id_pk" PRIMARY KEY("assignment_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "assignment_time_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_out_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "assignment_time_logs_order" CHECK ("assignment_time_logs"."checked_out_at" IS NULL OR "assignment_time_logs"."checked_out_at" >= "assignment_time_logs"."checked_in_at")
);
--> statement-breakpoint
CREATE TABLE "assignment_totals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"status" "assignment_status" NOT NULL,
	"currency" text NOT NULL,
	"count" integer NOT NULL,
	"maximum_spend" bigint NOT NULL,
	CONSTRAINT "assignment_totals_bounds" CHECK (abs("assignment_totals"."maximum_spend") <= 9007199254740991)
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"industry" text,
	"skills" text[] NOT NULL,
	"instructions" text NOT NULL,
	"location_type" "assignment_location_type" NOT NULL,
	"location" jsonb,
	"onsite_contact" jsonb,
	"time_zone" text NOT NULL,
	"schedule_type" "assignment_schedule_type",
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"deadline" timestamp with time zone,
	"pricing_type" "assignment_pricing_type" NOT NULL,
	"flat_amount" bigint,
	"rate" bigint,
	"flat_hours" numeric(10, 2),
	"max_quantity" numeric(10, 2),
	"unit_name" text,
	"currency" text NOT NULL,
	"maximum_spend" bigint NOT NULL,
	"extra_budget" bigint DEFAULT 0 NOT NULL,
	"payment_terms_days" integer NOT NULL,
	"auto_approval_hours" integer NOT NULL,
	"confirmation_hours" integer NOT NULL,
	"cancellation_fee_percent" integer NOT NULL,
	"routing_mode" "assignment_routing_mode" NOT NULL,
	"invitations_expire_at" timestamp with time zone,
	"status" "assignment_status" NOT NULL,
	"assigned_worker_id" uuid,
	"confirmed_at" timestamp with time zone,
	"hold_reason" text,
	"auto_approval_hold" text,
	"auto_approval_held_at" timestamp with time zone,
	"auto_approval_due_at" timestamp with time zone,
	"cancellation_reason" text,
	"cancellation_fee" bigint,
	"cancellation_fee_offered" boolean,
	"claimed_hours" numeric(10, 2),
	"claimed_units" numeric(10, 2),
	"claimed_expenses" bigint,
	"claimed_amount" bigint,
	"submission_notes" text,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"completeness_score" integer,
	"completeness_findings" jsonb,
	"open_request_count" integer DEFAULT 0 NOT NULL,
	"deliverable_count" integer DEFAULT 0 NOT NULL,
	"deliverables_due_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assignments_currency" CHECK ("assignments"."currency" IN ('USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF', 'INR', 'MXN', 'BRL')),
	CONSTRAINT "assignments_money" CHECK ("assignments"."maximum_spend" >= 0 AND "assignments"."maximum_spend" <= 9007199254740991 AND "assignments"."extra_budget" >= 0 AND "assignments"."extra_budget" <= 9007199254740991
        AND ("assignments"."flat_amount" IS NULL OR "assignments"."flat_amount" >= 0 AND "assignments"."flat_amount" <= 9007199254740991) AND ("assignments"."rate" IS NULL OR "assignments"."rate" >= 0 AND "assignments"."rate" <= 9007199254740991)
        AND ("assignments"."cancellation_fee" IS NULL OR "assignments"."cancellation_fee" >= 0 AND "assignments"."cancellation_fee" <= 9007199254740991)
        AND ("assignments"."claimed_expenses" IS NULL OR "assignments"."claimed_expenses" >= 0 AND "assignments"."claimed_expenses" <= 9007199254740991)
        AND ("assignments"."claimed_amount" IS NULL OR "assignments"."claimed_amount" >= 0 AND "assignments"."claimed_amount" <= 9007199254740991)),
	CONSTRAINT "assignments_pricing" CHECK (CASE "assignments"."pricing_type"
        WHEN 'flat' THEN "assignments"."flat_amount" IS NOT NULL AND "assignments"."rate" IS NULL AND "assignments"."max_quantity" IS NULL
        WHEN 'hourly' THEN "assignments"."rate" IS NOT NULL AND "assignments"."max_quantity" > 0 AND "assignments"."flat_amount" IS NULL
        WHEN 'per_unit' THEN "assignments"."rate" IS NOT NULL AND "assignments"."max_quantity" > 0 AND "assignments"."unit_name" IS NOT NULL AND "assignments"."flat_amount" IS NULL
        WHEN 'blended' THEN "assignments"."flat_amount" IS NOT NULL AND "assignments"."rate" IS NOT NULL AND "assignments"."max_quantity" >= "assignments"."flat_hours"
      END),
	CONSTRAINT "assignments_schedule" CHECK ("assignments"."ends_at" IS NULL OR "assignments"."ends_at" > "assignments"."starts_at"),
	CONSTRAINT "assignments_fee_within_price" CHECK ("assignments"."cancellation_fee" IS NULL OR "assignments"."cancellation_fee" <= "assignments"."maximum_spend"),
	CONSTRAINT "assignments_assigned_worker" CHECK ("assignments"."status" NOT IN ('assigned', 'in_progress', 'submitted', 'approved', 'paid') OR "assignments"."assigned_worker_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "company_profiles" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"industry" "industry",
	"website" text,
	"headquarters" jsonb,
	"time_zone" text,
	"payment_terms_days" integer DEFAULT 30 NOT NULL,
	"auto_approval_hours" integer DEFAULT 72 NOT NULL,
	"late_cancellation_fee_percent" integer DEFAULT 25 NOT NULL,
	"confirmation_hours_before_start" integer DEFAULT 24,
	"default_currency" text DEFAULT 'USD' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "company_profiles_payment_terms" CHECK ("company_profiles"."payment_terms_days" BETWEEN 0 AND 120),
	CONSTRAINT "company_profiles_auto_approval" CHECK ("company_profiles"."auto_approval_hours" BETWEEN 1 AND 720),
	CONSTRAINT "company_profiles_fee_percent" CHECK ("company_profiles"."late_cancellation_fee_percent" BETWEEN 0 AND 100),
	CONSTRAINT "company_profiles_confirmation" CHECK ("company_profiles"."confirmation_hours_before_start" BETWEEN 1 AND 168)
);
--> statement-breakpoint
CREATE TABLE "policy_acceptances" (
	"user_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL,
	"ip" text,
	CONSTRAINT "policy_acceptances_user_id_version_id_pk" PRIMARY KEY("user_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "policy_kind" NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"summary_of_changes" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	CONSTRAINT "policy_versions_kind_version" UNIQUE("kind","version")
);
--> statement-breakpoint
CREATE TABLE "worker_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"headline" text,
	"bio" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"industries" "industry"[] DEFAULT '{}' NOT NULL,
	"home_address" text,
	"home_city" text,
	"home_region" text,
	"home_postal_code" text,
	"home_country" text,
	"home_latitude" double precision,
	"home_longitude" double precision,
	"travel_radius_km" integer DEFAULT 40 NOT NULL,
	"hourly_rate_amount" bigint,
	"hourly_rate_currency" text,
	"time_zone" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "worker_profiles_travel_radius" CHECK ("worker_profiles"."travel_radius_km" BETWEEN 0 AND 1000),
	CONSTRAINT "worker_profiles_home" CHECK (("worker_profiles"."home_city" IS NULL) = ("worker_profiles"."home_latitude" IS NULL) AND ("worker_profiles"."home_city" IS NULL) = ("worker_profiles"."home_longitude" IS NULL) AND ("worker_profiles"."home_city" IS NULL) = ("worker_profiles"."home_country" IS NULL)),
	CONSTRAINT "worker_profiles_latitude" CHECK ("worker_profiles"."home_latitude" BETWEEN -90 AND 90),
	CONSTRAINT "worker_profiles_longitude" CHECK ("worker_profiles"."home_longitude" BETWEEN -180 AND 180),
	CONSTRAINT "worker_profiles_rate" CHECK (("worker_profiles"."hourly_rate_amount" IS NULL) = ("worker_profiles"."hourly_rate_currency" IS NULL) AND ("worker_profiles"."hourly_rate_amount" IS NULL OR "worker_profiles"."hourly_rate_amount" BETWEEN 0 AND 9007199254740991)),
	CONSTRAINT "worker_profiles_skills" CHECK (cardinality("worker_profiles"."skills") <= 50)
);
--> statement-breakpoint
CREATE TABLE "assignment_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"purpose" "assignment_file_purpose" NOT NULL,
	"requirement_id" uuid,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"caption" text,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assignment_files_storageKey_unique" UNIQUE("storage_key"),
	CONSTRAINT "assignment_files_purpose" CHECK (("assignment_files"."purpose" = 'deliverable') = ("assignment_files"."requirement_id" IS NOT NULL)),
	CONSTRAINT "assignment_files_size" CHECK ("assignment_files"."size" > 0 AND "assignment_files"."size" <= 104857600)
);
--> statement-breakpoint
CREATE TABLE "deliverable_checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"required" boolean NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE TABLE "deliverable_custom_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"type" "deliverable_field_type" NOT NULL,
	"choices" text[] NOT NULL,
	"required" boolean NOT NULL,
	"filled_by" "deliverable_field_filler" NOT NULL,
	"value" jsonb,
	"filled_at" timestamp with time zone,
	"filled_by_user" uuid
);
--> statement-breakpoint
CREATE TABLE "deliverable_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "deliverable_requirement_kind" NOT NULL,
	"title" text NOT NULL,
	"instructions" text NOT NULL,
	"required_count" integer NOT NULL,
	"due_at" timestamp with time zone,
	"report_text" text,
	"report_written_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deliverable_requirements_count" CHECK ("deliverable_requirements"."required_count" BETWEEN 1 AND 50)
);
--> statement-breakpoint
CREATE TABLE "assignment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"kind" "assignment_request_kind" NOT NULL,
	"status" "assignment_request_status" NOT NULL,
	"amount" bigint,
	"currency" text NOT NULL,
	"schedule" jsonb,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"answer_note" text,
	CONSTRAINT "assignment_requests_amount" CHECK ("assignment_requests"."amount" IS NULL OR ("assignment_requests"."amount" > 0 AND "assignment_requests"."amount" <= 9007199254740991)),
	CONSTRAINT "assignment_requests_shape" CHECK (("assignment_requests"."kind" = 'reschedule') = ("assignment_requests"."schedule" IS NOT NULL) AND ("assignment_requests"."kind" = 'reschedule') = ("assignment_requests"."amount" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "assignment_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"assignment" jsonb NOT NULL,
	"deliverables" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_applications" ADD CONSTRAINT "assignment_applications_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_applications" ADD CONSTRAINT "assignment_applications_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_recipients" ADD CONSTRAINT "assignment_recipients_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_recipients" ADD CONSTRAINT "assignment_recipients_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_time_logs" ADD CONSTRAINT "assignment_time_logs_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_time_logs" ADD CONSTRAINT "assignment_time_logs_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_totals" ADD CONSTRAINT "assignment_totals_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_worker_id_users_id_fk" FOREIGN KEY ("assigned_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_profiles" ADD CONSTRAINT "company_profiles_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_acceptances" ADD CONSTRAINT "policy_acceptances_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_acceptances" ADD CONSTRAINT "policy_acceptances_version_id_policy_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."policy_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_files" ADD CONSTRAINT "assignment_files_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_files" ADD CONSTRAINT "assignment_files_requirement_id_deliverable_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."deliverable_requirements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_files" ADD CONSTRAINT "assignment_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_checklist_items" ADD CONSTRAINT "deliverable_checklist_items_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_checklist_items" ADD CONSTRAINT "deliverable_checklist_items_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_custom_fields" ADD CONSTRAINT "deliverable_custom_fields_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_custom_fields" ADD CONSTRAINT "deliverable_custom_fields_filled_by_user_users_id_fk" FOREIGN KEY ("filled_by_user") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_requirements" ADD CONSTRAINT "deliverable_requirements_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_requests" ADD CONSTRAINT "assignment_requests_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_requests" ADD CONSTRAINT "assignment_requests_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_requests" ADD CONSTRAINT "assignment_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_requests" ADD CONSTRAINT "assignment_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_templates" ADD CONSTRAINT "assignment_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_templates" ADD CONSTRAINT "assignment_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_subject_type_subject_id_seq_index" ON "events" USING btree ("subject_type","subject_id","seq");--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_at_index" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE status = 'queued';--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_key_idx" ON "jobs" USING btree ("key") WHERE status IN ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_token_idx" ON "api_keys" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_keys_user_id_index" ON "api_keys" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_idx" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_company_id_index" ON "invitations" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "memberships_company_id_index" ON "memberships" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "password_resets_token_idx" ON "password_resets" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_idx" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "assignment_applications_assignment_id_created_at_index" ON "assignment_applications" USING btree ("assignment_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_applications_one_pending" ON "assignment_applications" USING btree ("assignment_id","worker_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "assignment_recipients_inbox_idx" ON "assignment_recipients" USING btree ("worker_id","invited_at" DESC NULLS FIRST,"assignment_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "assignment_time_logs_assignment_id_checked_in_at_index" ON "assignment_time_logs" USING btree ("assignment_id","checked_in_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_time_logs_one_open" ON "assignment_time_logs" USING btree ("assignment_id") WHERE checked_out_at IS NULL;--> statement-breakpoint
CREATE INDEX "assignment_totals_company_idx" ON "assignment_totals" USING btree ("company_id","status","currency");--> statement-breakpoint
CREATE INDEX "assignments_company_created_idx" ON "assignments" USING btree ("company_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "assignments_company_status_created_idx" ON "assignments" USING btree ("company_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "assignments_company_totals_idx" ON "assignments" USING btree ("company_id","status","currency","maximum_spend");--> statement-breakpoint
CREATE INDEX "assignments_worker_idx" ON "assignments" USING btree ("assigned_worker_id","status");--> statement-breakpoint
CREATE INDEX "assignments_auto_approval_idx" ON "assignments" USING btree ("auto_approval_due_at") WHERE status = 'submitted';--> statement-breakpoint
CREATE INDEX "policy_acceptances_version_id_index" ON "policy_acceptances" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "assignment_files_assignment_id_purpose_created_at_index" ON "assignment_files" USING btree ("assignment_id","purpose","created_at");--> statement-breakpoint
CREATE INDEX "assignment_files_requirement_id_index" ON "assignment_files" USING btree ("requirement_id");--> statement-breakpoint
CREATE INDEX "deliverable_checklist_items_assignment_id_position_index" ON "deliverable_checklist_items" USING btree ("assignment_id","position");--> statement-breakpoint
CREATE INDEX "deliverable_custom_fields_assignment_id_position_index" ON "deliverable_custom_fields" USING btree ("assignment_id","position");--> statement-breakpoint
CREATE INDEX "deliverable_requirements_assignment_id_position_index" ON "deliverable_requirements" USING btree ("assignment_id","position");--> statement-breakpoint
CREATE INDEX "assignment_requests_assignment_id_created_at_index" ON "assignment_requests" USING btree ("assignment_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_requests_one_pending" ON "assignment_requests" USING btree ("assignment_id","kind") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_templates_name" ON "assignment_templates" USING btree ("company_id",lower("name"));