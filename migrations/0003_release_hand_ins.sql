CREATE TABLE "deliverable_released_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"text" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"written_by" uuid NOT NULL,
	"released_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignment_files" ADD COLUMN "released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "deliverable_released_reports" ADD CONSTRAINT "deliverable_released_reports_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_released_reports" ADD CONSTRAINT "deliverable_released_reports_requirement_id_deliverable_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."deliverable_requirements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_released_reports" ADD CONSTRAINT "deliverable_released_reports_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliverable_released_reports_requirement_id_released_at_index" ON "deliverable_released_reports" USING btree ("requirement_id","released_at");