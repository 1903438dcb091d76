import { z } from "zod";
import { Id, Text } from "#shared/fields";
import { Currency, MinorUnits } from "#shared/money";
import { Timestamp } from "#shared/time";
import { limits, Schedule } from "../contract";

/** Issue 3, Lifecycle: the worker asks for more budget, another schedule or expenses; the client offers a bonus. */
export const requestKinds = ["budget_increase", "reschedule", "expense", "bonus"] as const;
export const RequestKind = z.enum(requestKinds);
export type RequestKind = z.infer<typeof RequestKind>;

/** `closed`: the assignment ended (approved, cancelled, the worker left) before anyone answered. */
export const requestStatuses = ["pending", "accepted", "declined", "withdrawn", "closed"] as const;
export const RequestStatus = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof RequestStatus>;

// Local on purpose: the assignment view (views.ts) embeds RequestView, so importing from it would be a cycle.
const MoneyView = z.object({ amount: z.number().int(), currency: Currency });
const PersonRef = z.object({ id: Id, name: z.string() });

export const requestVerbs = ["accept", "decline", "withdraw"] as const;

/** Minor units of the assignment's currency, above zero. */
const Amount = MinorUnits.min(1, "The amount must be above zero.").max(limits.maxFlat, "The amount is too large.");
const Why = Text(limits.reason);

export const MakeRequest = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("budget_increase"), amount: Amount, reason: Why }),
    z.strictObject({ kind: z.literal("reschedule"), schedule: Schedule, reason: Why }),
    z.strictObject({ kind: z.literal("expense"), amount: Amount, reason: Why }),
    z.strictObject({ kind: z.literal("bonus"), amount: Amount, reason: Why }),
  ])
  .superRefine((value, ctx) => {
    if (value.kind === "reschedule" && value.schedule.endsAt !== null) {
      const span = Date.parse(value.schedule.endsAt) - Date.parse(value.schedule.startsAt);
      if (span <= 0 || span > limits.maxScheduleDays * 86_400_000) {
        ctx.addIssue({
          code: "custom",
          path: ["schedule", "endsAt"],
          message: "The end must come after the start, within a year.",
        });
      }
    }
  });
export type MakeRequest = z.infer<typeof MakeRequest>;

export const AnswerRequest = z.strictObject({ note: Text(limits.reason).nullable().default(null) });
export type AnswerRequest = z.infer<typeof AnswerRequest>;

export const RequestParams = z.strictObject({ id: Id, requestId: Id });

export const RequestView = z.object({
  id: Id,
  kind: RequestKind,
  status: RequestStatus,
  /** Budget increases, expenses and bonuses; null for a reschedule. */
  amount: MoneyView.nullable(),
  /** The proposed schedule of a reschedule; null otherwise. */
  schedule: Schedule.nullable(),
  reason: z.string(),
  requestedBy: PersonRef,
  requestedAt: Timestamp,
  answer: z.object({ by: PersonRef.nullable(), at: Timestamp, note: z.string().nullable() }).nullable(),
  /** What the caller may do with it now: the other side answers, the asking side may withdraw. */
  actions: z.array(z.enum(requestVerbs)),
});
export type RequestView = z.infer<typeof RequestView>;

export const RequestList = z.object({
  items: z.array(RequestView),
  /** Accepted amounts, recorded for the payments issue to settle (no money moves here). */
  accepted: z.object({ budgetIncrease: MoneyView, expenses: MoneyView, bonus: MoneyView }),
  /** The kinds the caller may ask for now. */
  canMake: z.array(RequestKind),
});
export type RequestList = z.infer<typeof RequestList>;
