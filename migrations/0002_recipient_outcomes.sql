ALTER TYPE "public"."assignment_recipient_status" ADD VALUE 'abandoned';--> statement-breakpoint
ALTER TYPE "public"."assignment_recipient_status" ADD VALUE 'no_show';