ALTER TABLE "assignments" ADD COLUMN "open_question_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Questions asked before the count existed: count them once (messages keeps it from now on).
UPDATE "assignments" a SET "open_question_count" = q.n FROM (
  SELECT "assignment_id", count(*)::int AS n FROM "messages"
  WHERE "kind" = 'question' AND "expects_answer" AND "answered_at" IS NULL GROUP BY "assignment_id"
) q WHERE q."assignment_id" = a."id";
