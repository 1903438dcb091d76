DROP INDEX "worker_profiles_skill_keys";--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD COLUMN "skill_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Hand-written: backfill the keys (lower-cased, once each, as skillKeysOf does) before the index is built, then drop
-- worklane_lower_all, which nothing reads any more (search and matching compare skill_keys directly).
UPDATE "worker_profiles" SET "skill_keys" = ARRAY(SELECT DISTINCT lower(s) FROM unnest("skills") AS s) WHERE cardinality("skills") > 0;--> statement-breakpoint
DROP FUNCTION IF EXISTS worklane_lower_all(text[]);--> statement-breakpoint
CREATE INDEX "worker_profiles_skill_keys_gin" ON "worker_profiles" USING gin ("skill_keys");
