ALTER TYPE "public"."assignment_status" ADD VALUE 'invoiced' BEFORE 'paid';--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_assigned_worker";--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_worker" CHECK ("assignments"."status" IN ('draft', 'sent', 'declined', 'cancelled', 'void') OR "assignments"."assigned_worker_id" IS NOT NULL);-- Issue 11: the worker-required CHECK names the statuses without a worker, so it never has to name `invoiced`:
-- PostgreSQL refuses a new enum value used in the transaction that adds it, and drizzle runs all pending
-- migrations in one transaction. Rows approved before this status keep `approved` until paid (markPaid takes both).
