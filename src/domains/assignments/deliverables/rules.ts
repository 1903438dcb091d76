/**
 * Who may define, hand in and fill deliverables, and when (issue 3, The assignment and Lifecycle: "hand in
 * deliverables, tick the checklist, fill the custom fields"). Pure: the actions and the views read the same table,
 * so a view never offers what an action refuses.
 */
import { Problem } from "#shared/problems";
import type { Party } from "../contract";
import { managers, type PartyRule, type RuleFacts } from "../lifecycle";
import { isClientParty } from "../party";
import type { CustomFieldType, FieldFiller, FieldValue, MissingItem, RequirementKind } from "./contract";

const beforeSubmission = ["draft", "sent", "declined", "assigned", "in_progress"] as const;
const notOnHold = ({ onHold }: RuleFacts) => (onHold ? "The client has put this assignment on hold." : null);

// biome-ignore format: one rule per line.
export const deliverableRules: Record<"define" | "handIn" | "fillClientField" | "attach", PartyRule> = {
  /** The company sets what it asks for until the work is handed in, as with any edit (lifecycle `update`). */
  define: { from: beforeSubmission, by: managers },
  /** The assigned worker hands work in while it is live and not paused, as for `submit`. */
  handIn: { from: ["assigned", "in_progress"], by: ["assignee"], guard: notOnHold },
  /** The company's own fields may still be completed while it reviews the submission. */
  fillClientField: { from: [...beforeSubmission, "submitted"], by: managers },
  attach: { from: beforeSubmission, by: managers },
};

/** Parties who see files, reports and values; invited workers see only what is asked. */
export const seesWork = (party: Party | null): boolean =>
  isClientParty(party) || party === "assignee" || party === "system";

/** The rule for filling one field: the company's fields by its managers, the worker's by the assignee. */
export const fillRule = (filledBy: FieldFiller): PartyRule =>
  filledBy === "client" ? deliverableRules.fillClientField : deliverableRules.handIn;

/** Which uploads each requirement takes; reports are written, not uploaded. */
export function uploadKindsFor(kind: RequirementKind): "images" | "documents" | null {
  if (kind === "photo" || kind === "signature") {
    return "images";
  }
  return kind === "document" ? "documents" : null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value checked against its field's type; refuses with a pointer at `/body/value`. */
export function checkFieldValue(field: { type: CustomFieldType; choices: string[] }, value: FieldValue): FieldValue {
  const refuse = (message: string) =>
    new Problem("validation_failed", message, {}, [{ pointer: "/body/value", message }]);
  if (value === null) {
    return null;
  }
  switch (field.type) {
    case "text": {
      const text = typeof value === "string" ? value.trim() : "";
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters (except newlines) is the point.
      if (text === "" || /[\u0000-\u0009\u000b-\u001f\u007f]/.test(text)) {
        throw refuse("Give a text without control characters, or null to clear it.");
      }
      return text;
    }
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > 1e12) {
        throw refuse("Give a number (at most 10^12), or null to clear it.");
      }
      return value;
    case "date": {
      const match = typeof value === "string" ? DATE.exec(value) : null;
      const date = match ? new Date(`${value}T00:00:00Z`) : null;
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        throw refuse("Give a date as YYYY-MM-DD, or null to clear it.");
      }
      return value;
    }
    case "choice":
      if (typeof value !== "string" || !field.choices.includes(value)) {
        throw refuse(`Choose one of: ${field.choices.join(", ")}.`);
      }
      return value;
  }
}

export interface RequirementState {
  id: string;
  kind: RequirementKind;
  title: string;
  requiredCount: number;
  dueAt: Date | null;
  handedIn: number;
}

export const isComplete = (r: RequirementState) => r.handedIn >= r.requiredCount;

const nounFor: Record<RequirementKind, [string, string]> = {
  photo: ["photo", "photos"],
  document: ["document", "documents"],
  signature: ["signature", "signatures"],
  report: ["written report", "written reports"],
};

/** What still stops submission: requirements short of their count, required checklist items, required fields. */
export function missingItems(input: {
  requirements: RequirementState[];
  checklist: { id: string; text: string; required: boolean; done: boolean }[];
  fields: { id: string; label: string; required: boolean; filledBy: FieldFiller; filled: boolean }[];
}): MissingItem[] {
  const requirements = input.requirements
    .filter((r) => !isComplete(r))
    .map((r) => {
      const [one, many] = nounFor[r.kind];
      const noun = r.requiredCount === 1 ? one : many;
      return {
        part: "requirement" as const,
        id: r.id,
        label: r.title,
        message: `${r.title}: ${r.handedIn} of ${r.requiredCount} ${noun} handed in.`,
      };
    });
  const checklist = input.checklist
    .filter((item) => item.required && !item.done)
    .map((item) => ({
      part: "checklist" as const,
      id: item.id,
      label: item.text,
      message: `Not ticked: ${item.text}`,
    }));
  const fields = input.fields
    .filter((field) => field.required && !field.filled)
    .map((field) => ({
      part: "field" as const,
      id: field.id,
      label: field.label,
      message: `${field.label} is not filled in (by the ${field.filledBy}).`,
    }));
  return [...requirements, ...checklist, ...fields];
}

/** The earliest due time among requirements not yet complete: the assignment's "deliverable late" clock. */
export function earliestDue(requirements: RequirementState[]): Date | null {
  const due = requirements.filter((r) => !isComplete(r) && r.dueAt !== null).map((r) => r.dueAt as Date);
  return due.length === 0 ? null : new Date(Math.min(...due.map((d) => d.getTime())));
}
