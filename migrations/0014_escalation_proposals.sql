CREATE TYPE "public"."escalation_proposal_answer" AS ENUM('accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."escalation_proposal_status" AS ENUM('pending', 'executed', 'declined', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."escalation_settlement_kind" AS ENUM('pay', 'release', 'rework');--> statement-breakpoint
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
ALTER TABLE "escalation_proposals" ADD CONSTRAINT "escalation_proposals_case_id_escalation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."escalation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_proposals" ADD CONSTRAINT "escalation_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_proposals" ADD CONSTRAINT "escalation_proposals_client_answered_by_users_id_fk" FOREIGN KEY ("client_answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "escalation_proposals_case" ON "escalation_proposals" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_proposals_one_pending" ON "escalation_proposals" USING btree ("case_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_proposals_one_executed" ON "escalation_proposals" USING btree ("case_id") WHERE status = 'executed';