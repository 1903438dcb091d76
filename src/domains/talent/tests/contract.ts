/**
 * Skill tests (issue 12, item 2): a company builds a test of single-choice, multiple-choice, numeric (with a
 * tolerance) and short-text questions, publishes it and lets invited workers (or those who may see one of its pools)
 * take it within a time limit. Browser-safe: the builder and the server refuse the same input alike.
 *
 * A question is sent in two halves: `questions` (what a taker sees) and `key` (the right answers), and the key goes
 * to a worker only once their attempt is final and the company allows it, so it can never leak mid-attempt.
 */
import { z } from "zod";
import { Id, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";

export const questionTypes = ["single", "multiple", "numeric", "text"] as const;
export type QuestionType = (typeof questionTypes)[number];
export const testStatuses = ["draft", "published"] as const;
export const attemptStatuses = ["in_progress", "grading", "graded"] as const;
export type AttemptStatus = (typeof attemptStatuses)[number];

const Prompt = Text(1000);
const Points = z.number().int().min(1, "Use at least 1 point.").max(100, "Use at most 100 points.");
const Options = z
  .array(Text(300))
  .min(2, "Give at least two options.")
  .max(10, "Give at most ten options.")
  .refine((o) => new Set(o).size === o.length, "Give each option once.");
const Choice = z.number().int().min(0, "Point at one of the options.");

/** A question with its right answer, as the company writes it. */
export const Question = z
  .discriminatedUnion(
    "type",
    [
      z.strictObject({ type: z.literal("single"), prompt: Prompt, points: Points, options: Options, correct: Choice }),
      z.strictObject({
        type: z.literal("multiple"),
        prompt: Prompt,
        points: Points,
        options: Options,
        /** Every right option; the answer earns the points when it picks exactly these. */
        correct: z.array(Choice).min(1, "Mark at least one right option."),
      }),
      z.strictObject({
        type: z.literal("numeric"),
        prompt: Prompt,
        points: Points,
        answer: z.number().finite(),
        /** An answer within this distance of `answer` (inclusive) is right. */
        tolerance: z.number().min(0, "Use a tolerance of 0 or more.").finite(),
      }),
      z.strictObject({
        type: z.literal("text"),
        prompt: Prompt,
        points: Points,
        /** What a good answer says, for the company member who grades it. */
        guidance: Text(1000).nullable().default(null),
      }),
    ],
    { error: "Choose the question type: single, multiple, numeric or text." },
  )
  .superRefine((q, issue) => {
    const within = (i: number) => (q.type !== "single" && q.type !== "multiple" ? true : i < q.options.length);
    const picked = q.type === "single" ? [q.correct] : q.type === "multiple" ? q.correct : [];
    if (!picked.every(within)) {
      issue.addIssue({ code: "custom", path: ["correct"], message: "Point at one of the options." });
    }
  });
export type Question = z.infer<typeof Question>;

export const SaveTest = z.strictObject({
  title: Text(120),
  description: Text(2000).nullable().default(null),
  questions: z.array(Question).min(1, "Add at least one question.").max(100, "Use at most 100 questions."),
  passingScore: z.number().int().min(1, "Use 1 to 100 %.").max(100, "Use 1 to 100 %."),
  timeLimitMinutes: z.number().int().min(1, "Use at least 1 minute.").max(600, "Use at most 600 minutes."),
  /** Days to wait after an attempt before the next; null: one attempt only. */
  retakeAfterDays: z.number().int().min(0, "Use 0 or more days.").max(365, "Use at most 365 days.").nullable(),
  /** Whether a worker sees the right answers once their score is final. */
  showAnswers: z.boolean().default(false),
  /** Workers who may see this pool (applicants) may take the test without an invitation. */
  poolId: Id.nullable().default(null),
});
export type SaveTest = z.infer<typeof SaveTest>;

/** What a taker sees of a question: never its answer. */
export const QuestionView = z.object({
  type: z.enum(questionTypes),
  prompt: z.string(),
  points: z.number().int(),
  options: z.array(z.string()).nullable(),
});
export type QuestionView = z.infer<typeof QuestionView>;

/** The right answer of one question, for the company and (when allowed) a worker whose score is final. */
export const AnswerKey = z.object({
  correct: z.array(z.number().int()).nullable(),
  answer: z.number().nullable(),
  tolerance: z.number().nullable(),
  guidance: z.string().nullable(),
});
export type AnswerKey = z.infer<typeof AnswerKey>;

export const testActions = ["publish", "edit", "duplicate", "invite", "start"] as const;

export const TestView = z.object({
  id: Id,
  companyId: Id,
  companyName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(testStatuses),
  passingScore: z.number().int(),
  timeLimitMinutes: z.number().int(),
  retakeAfterDays: z.number().int().nullable(),
  showAnswers: z.boolean(),
  poolId: Id.nullable(),
  questions: z.array(QuestionView),
  /** The answers: for the company only. */
  key: z.array(AnswerKey).nullable(),
  /** For a worker: when they may start again (null: now, or never when `actions` lacks `start`). */
  retakeAt: Timestamp.nullable(),
  invitedWorkerIds: z.array(Id),
  actions: z.array(z.enum(testActions)),
  createdAt: Timestamp,
});
export type TestView = z.infer<typeof TestView>;
export const TestList = z.object({ items: z.array(TestView) });

export const InviteToTest = z.strictObject({
  workerIds: z.array(Id).min(1, "Invite at least one worker.").max(100, "Invite at most 100 workers at once."),
});

/** One answer per question, in order: an option index, option indexes, a number, a text; null leaves it blank. */
export const Answer = z.union([z.number().finite(), z.array(z.number().int().min(0)).max(10), z.string().max(4000)]);
export type Answer = z.infer<typeof Answer>;
export const SubmitAttempt = z.strictObject({ answers: z.array(Answer.nullable()).max(100) });
export type SubmitAttempt = z.infer<typeof SubmitAttempt>;

export const GradeAttempt = z.strictObject({
  /** Points for each short-text question waiting for grading, by its position in the test. */
  grades: z
    .array(z.strictObject({ question: z.number().int().min(0), points: z.number().int().min(0, "Use 0 or more.") }))
    .min(1, "Grade at least one answer."),
});
export type GradeAttempt = z.infer<typeof GradeAttempt>;

export const attemptActions = ["submit", "grade"] as const;

export const AttemptView = z.object({
  id: Id,
  testId: Id,
  testTitle: z.string(),
  workerId: Id,
  workerName: z.string(),
  status: z.enum(attemptStatuses),
  startedAt: Timestamp,
  /** The server refuses answers after this (the time limit). */
  deadline: Timestamp,
  submittedAt: Timestamp.nullable(),
  /** True when the time ran out before the worker submitted. */
  timedOut: z.boolean(),
  questions: z.array(QuestionView),
  answers: z.array(Answer.nullable()).nullable(),
  /** Points per question once submitted (null: waiting for a company member's grading). */
  marks: z.array(z.number().int().nullable()).nullable(),
  /** The final score in %, rounded down; null until every answer is graded. */
  score: z.number().int().nullable(),
  passingScore: z.number().int(),
  passed: z.boolean().nullable(),
  key: z.array(AnswerKey).nullable(),
  actions: z.array(z.enum(attemptActions)),
});
export type AttemptView = z.infer<typeof AttemptView>;
export const AttemptList = z.object({ items: z.array(AttemptView) });
