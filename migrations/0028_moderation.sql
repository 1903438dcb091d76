CREATE TYPE "public"."appeal_outcome" AS ENUM('upheld', 'shortened', 'lifted');--> statement-breakpoint
CREATE TYPE "public"."moderation_party" AS ENUM('user', 'company');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('open', 'actioned', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."report_subject" AS ENUM('user', 'company', 'assignment', 'message', 'rating');--> statement-breakpoint
CREATE TYPE "public"."restriction_scope" AS ENUM('send_assignments', 'apply_accept', 'message');--> statement-breakpoint
CREATE TYPE "public"."sanction_kind" AS ENUM('warning', 'restriction', 'suspension', 'ban');--> statement-breakpoint
CREATE TYPE "public"."sanction_status" AS ENUM('active', 'appealed', 'ended', 'lifted');--> statement-breakpoint
CREATE TYPE "public"."violation_rule" AS ENUM('CVG-1.1', 'CVG-1.2', 'CVG-1.3', 'CVG-1.4', 'CVG-1.5', 'CVG-1.6', 'CVG-1.7', 'CVG-1.8', 'CVG-1.9', 'CVG-2.1');--> statement-breakpoint
CREATE TABLE "moderation_report_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporter_id" uuid NOT NULL,
	"subject_type" "report_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"party_type" "moderation_party" NOT NULL,
	"party_id" uuid NOT NULL,
	"rule" "violation_rule" NOT NULL,
	"details" text NOT NULL,
	"status" "report_status" NOT NULL,
	"sanction_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"dismiss_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "moderation_reports_actioned" CHECK (("moderation_reports"."status" = 'actioned') = ("moderation_reports"."sanction_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_type" "moderation_party" NOT NULL,
	"party_id" uuid NOT NULL,
	"kind" "sanction_kind" NOT NULL,
	"rule" "violation_rule" NOT NULL,
	"scopes" "restriction_scope"[] DEFAULT '{}' NOT NULL,
	"reason" text NOT NULL,
	"status" "sanction_status" NOT NULL,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"appeal_statement" text,
	"appealed_at" timestamp with time zone,
	"appealed_by" uuid,
	"appeal_outcome" "appeal_outcome",
	"appeal_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sanctions_end" CHECK (("sanctions"."kind" = 'ban') = ("sanctions"."ends_at" IS NULL)),
	CONSTRAINT "sanctions_scopes" CHECK (("sanctions"."kind" = 'restriction') = (cardinality("sanctions"."scopes") > 0))
);
--> statement-breakpoint
ALTER TABLE "moderation_report_evidence" ADD CONSTRAINT "moderation_report_evidence_report_id_moderation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."moderation_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_reports" ADD CONSTRAINT "moderation_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_reports" ADD CONSTRAINT "moderation_reports_sanction_id_sanctions_id_fk" FOREIGN KEY ("sanction_id") REFERENCES "public"."sanctions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_reports" ADD CONSTRAINT "moderation_reports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_appealed_by_users_id_fk" FOREIGN KEY ("appealed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_report_evidence_report" ON "moderation_report_evidence" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "moderation_reports_queue" ON "moderation_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "moderation_reports_reporter" ON "moderation_reports" USING btree ("reporter_id","created_at");--> statement-breakpoint
CREATE INDEX "moderation_reports_party" ON "moderation_reports" USING btree ("party_type","party_id","created_at");--> statement-breakpoint
CREATE INDEX "sanctions_in_force" ON "sanctions" USING btree ("party_type","party_id") WHERE status IN ('active', 'appealed');--> statement-breakpoint
CREATE INDEX "sanctions_party" ON "sanctions" USING btree ("party_type","party_id","issued_at");--> statement-breakpoint
CREATE INDEX "sanctions_appeals" ON "sanctions" USING btree ("appealed_at") WHERE status = 'appealed';