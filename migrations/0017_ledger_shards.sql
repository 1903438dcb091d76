ALTER TABLE "ledger_accounts" DROP CONSTRAINT "ledger_accounts_owner_kind_currency";--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_owner_kind_currency" UNIQUE NULLS NOT DISTINCT("owner_type","owner_id","kind","currency","shard");