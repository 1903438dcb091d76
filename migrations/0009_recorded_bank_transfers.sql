ALTER TYPE "public"."funding_method" ADD VALUE 'recorded';--> statement-breakpoint
ALTER TABLE "fundings" ADD COLUMN "reference" text;