CREATE TYPE "public"."company_plan" AS ENUM('standard', 'enterprise');--> statement-breakpoint
ALTER TABLE "company_profiles" ADD COLUMN "plan" "company_plan" DEFAULT 'standard' NOT NULL;