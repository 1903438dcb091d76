CREATE TYPE "public"."payout_account_status" AS ENUM('pending', 'verified', 'locked', 'removed');--> statement-breakpoint
CREATE TABLE "payout_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"status" "payout_account_status" NOT NULL,
	"holder_name" text NOT NULL,
	"routing_number" text NOT NULL,
	"account_last4" text NOT NULL,
	"provider" text NOT NULL,
	"provider_token" text NOT NULL,
	"deposit_one" smallint NOT NULL,
	"deposit_two" smallint NOT NULL,
	"failed_attempts" smallint DEFAULT 0 NOT NULL,
	"verified_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payout_accounts_deposits" CHECK ("payout_accounts"."deposit_one" BETWEEN 1 AND 99 AND "payout_accounts"."deposit_two" BETWEEN 1 AND 99)
);
--> statement-breakpoint
ALTER TABLE "payouts" ADD COLUMN "payout_account_id" uuid;--> statement-breakpoint
ALTER TABLE "payout_accounts" ADD CONSTRAINT "payout_accounts_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payout_accounts_worker" ON "payout_accounts" USING btree ("worker_id","created_at");--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_payout_account_id_payout_accounts_id_fk" FOREIGN KEY ("payout_account_id") REFERENCES "public"."payout_accounts"("id") ON DELETE no action ON UPDATE no action;