CREATE TYPE "public"."talent_pool_member_status" AS ENUM('invited', 'pending', 'member', 'flagged', 'removed');--> statement-breakpoint
CREATE TYPE "public"."talent_pool_visibility" AS ENUM('public', 'invitation', 'private');--> statement-breakpoint
CREATE TABLE "talent_pool_members" (
	"pool_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"status" "talent_pool_member_status" NOT NULL,
	"remove_after" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "talent_pool_members_pool_id_worker_id_pk" PRIMARY KEY("pool_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "talent_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"visibility" "talent_pool_visibility" NOT NULL,
	"requirement_set_id" uuid,
	"auto_join" boolean NOT NULL,
	"grace_days" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "talent_pools_grace" CHECK ("talent_pools"."grace_days" BETWEEN 0 AND 90)
);
--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_pool_id_talent_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."talent_pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pools" ADD CONSTRAINT "talent_pools_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pools" ADD CONSTRAINT "talent_pools_requirement_set_id_requirement_sets_id_fk" FOREIGN KEY ("requirement_set_id") REFERENCES "public"."requirement_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pools" ADD CONSTRAINT "talent_pools_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_pool_members_worker" ON "talent_pool_members" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "talent_pools_company" ON "talent_pools" USING btree ("company_id","name");