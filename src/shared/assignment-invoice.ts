import { z } from "zod";
import { Id } from "./fields";
import { Currency, MinorUnits } from "./money";
import { Timestamp } from "./time";

/**
 * The assignment's invoice as its two sides see it (issue 11's fixed shape: id, status, total, fee, due date, paid
 * date, plus the days late and auto-pay the assignment page's payment section shows); the payments domain provides it (assignments/provider-steps.ts provideAssignmentInvoice), so assignments never imports it.
 */
export const AssignmentInvoice = z.object({
  id: Id,
  kind: z.enum(["assignment", "cancellation_fee"]),
  status: z.enum(["open", "paid", "void"]),
  pastDue: z.boolean(),
  daysLate: z.number().int().min(0).describe("whole days an open invoice is past its due date (0 until then)"),
  currency: Currency,
  amount: MinorUnits.describe("what the worker earns"),
  fee: MinorUnits.describe("the platform fee"),
  total: MinorUnits.describe("amount + fee: what the company pays"),
  dueAt: Timestamp,
  paidAt: Timestamp.nullable(),
  autoPaid: z.boolean().describe("true when nobody clicked: auto-pay on the due date, or immediate terms at approval"),
});
export type AssignmentInvoice = z.infer<typeof AssignmentInvoice>;
