CREATE TYPE "public"."escalation_category" AS ENUM('payment_not_received', 'approval_delayed', 'unexplained_cancellation', 'quality_of_work', 'scope_changed', 'other');--> statement-breakpoint
CREATE TYPE "public"."escalation_side" AS ENUM('client', 'worker', 'team');--> statement-breakpoint
CREATE TYPE "public"."escalation_status" AS ENUM('open', 'in_review', 'resolved', 'closed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."escalation_message_visibility" AS ENUM('parties', 'team');--> statement-breakpoint
CREATE TYPE "public"."escalation_proposal_answer" AS ENUM('accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."escalation_proposal_status" AS ENUM('pending', 'executed', 'declined', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."escalation_settlement_kind" AS ENUM('pay', 'release', 'rework');--> statement-breakpoint
CREATE TABLE "escalation_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_by_side" "escalation_side" NOT NULL,
	"category" "escalation_category" NOT NULL,
	"status" "escalation_status" NOT NULL,
	"details" text NOT NULL,
	"desired_outcome" text NOT NULL,
	"desired_amount" bigint,
	"currency" text NOT NULL,
	"assigned_to" uuid,
	"first_response_due_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"last_update_at" timestamp with time zone,
	"next_update_due_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closing_summary" text,
	"opened_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "escalation_cases_amount" CHECK ("escalation_cases"."desired_amount" IS NULL OR "escalation_cases"."desired_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "escalation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_side" "escalation_side" NOT NULL,
	"visibility" "escalation_message_visibility" NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalation_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_by_side" "escalation_side" NOT NULL,
	"kind" "escalation_settlement_kind" NOT NULL,
	"amount" bigint,
	"due_at" timestamp with time zone,
	"note" text,
	"status" "escalation_proposal_status" NOT NULL,
	"client_answer" "escalation_proposal_answer",
	"client_answered_by" uuid,
	"worker_answer" "escalation_proposal_answer",
	"executed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "escalation_proposals_amount" CHECK ("escalation_proposals"."amount" IS NULL OR "escalation_proposals"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "auto_pay_holds" (
	"assignment_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "escalation_cases" ADD CONSTRAINT "escalation_cases_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_cases" ADD CONSTRAINT "escalation_cases_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_cases" ADD CONSTRAINT "escalation_cases_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_cases" ADD CONSTRAINT "escalation_cases_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_cases" ADD CONSTRAINT "escalation_cases_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_cases" ADD CONSTRAINT "escalation_cases_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_messages" ADD CONSTRAINT "escalation_messages_case_id_escalation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."escalation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_messages" ADD CONSTRAINT "escalation_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_proposals" ADD CONSTRAINT "escalation_proposals_case_id_escalation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."escalation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_proposals" ADD CONSTRAINT "escalation_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_proposals" ADD CONSTRAINT "escalation_proposals_client_answered_by_users_id_fk" FOREIGN KEY ("client_answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auto_pay_holds" ADD CONSTRAINT "auto_pay_holds_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_cases_one_active" ON "escalation_cases" USING btree ("assignment_id") WHERE status IN ('open', 'in_review');--> statement-breakpoint
CREATE INDEX "escalation_cases_queue" ON "escalation_cases" USING btree ("next_update_due_at","opened_at");--> statement-breakpoint
CREATE INDEX "escalation_cases_company" ON "escalation_cases" USING btree ("company_id","opened_at");--> statement-breakpoint
CREATE INDEX "escalation_cases_worker" ON "escalation_cases" USING btree ("worker_id","opened_at");--> statement-breakpoint
CREATE INDEX "escalation_messages_case" ON "escalation_messages" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "escalation_proposals_case" ON "escalation_proposals" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_proposals_one_pending" ON "escalation_proposals" USING btree ("case_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_proposals_one_executed" ON "escalation_proposals" USING btree ("case_id") WHERE status = 'executed';