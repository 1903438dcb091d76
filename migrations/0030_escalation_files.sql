CREATE TABLE "escalation_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"message_id" uuid,
	"visibility" "escalation_message_visibility" NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_side" "escalation_side" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "escalation_files_storageKey_unique" UNIQUE("storage_key"),
	CONSTRAINT "escalation_files_size" CHECK ("escalation_files"."size" > 0 AND "escalation_files"."size" <= 104857600)
);
--> statement-breakpoint
ALTER TABLE "escalation_files" ADD CONSTRAINT "escalation_files_case_id_escalation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."escalation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_files" ADD CONSTRAINT "escalation_files_message_id_escalation_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."escalation_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_files" ADD CONSTRAINT "escalation_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "escalation_files_case" ON "escalation_files" USING btree ("case_id","created_at");