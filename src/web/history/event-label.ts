import type { EventView } from "#domains/history/contract";
import { formatMoney } from "#shared/money";
import { fieldLabel, fieldLines, isMoney } from "./event-fields";

/**
 * What each event is called on a timeline, in words a person would use. The actor line under the title says who
 * did it, so a title says what happened. Events not listed read from their name (`company.profile_updated` →
 * "Company profile updated"), which is fine for most; an event whose name reads badly gets a row here.
 */
// biome-ignore format: one event per line reads as a table.
const eventTitles: Record<string, string> = {
  "assignment.created": "Draft created",
  "assignment.created_from_template": "Draft created from a template",
  "assignment.imported": "Assignment imported from a CSV file",
  "assignment.updated": "Details edited",
  "assignment.voided": "Draft voided",
  "assignment.sent": "Sent to workers",
  "assignment.recipients_added": "More workers invited",
  "assignment.withdrawn": "Withdrawn to draft",
  "assignment.assigned": "Assigned directly to a worker",
  "assignment.accepted": "Accepted by a worker",
  "assignment.applied": "Application sent",
  "assignment.application_selected": "Application chosen",
  "assignment.declined": "Invitation declined",
  "assignment.invitations_expired": "Invitations expired",
  "assignment.invitations_closed": "Every invitation declined or expired",
  "assignment.confirmed": "Worker confirmed they will come",
  "assignment.unconfirmed_alerted": "Not confirmed in time: the client was alerted",
  "assignment.checked_in": "Checked in",
  "assignment.checked_out": "Checked out",
  "assignment.held": "Put on hold",
  "assignment.resumed": "Taken off hold",
  "assignment.abandoned": "Abandoned by the worker",
  "assignment.no_show_marked": "Marked as a no-show",
  "assignment.submitted": "Assignment submitted for approval",
  "assignment.returned": "Returned to the worker",
  "assignment.approved": "Assignment approved",
  "assignment.invoiced": "Invoice opened: payment pending",
  "assignment.auto_approval_held": "Auto-approval paused",
  "assignment.auto_approval_released": "Auto-approval running again",
  "assignment.paid": "Worker paid",
  "assignment.cancelled": "Assignment cancelled",
  "assignment.request_made": "Request made",
  "assignment.request_accepted": "Request accepted",
  "assignment.request_declined": "Request declined",
  "assignment.request_withdrawn": "Request withdrawn",
  "assignment.deliverables_defined": "Deliverables set",
  "assignment.deliverable_uploaded": "Deliverable handed in",
  "assignment.deliverable_removed": "Deliverable removed",
  "assignment.report_written": "Report written",
  "assignment.field_filled": "Field filled in",
  "assignment.checklist_item_ticked": "Checklist item ticked",
  "assignment.checklist_item_unticked": "Checklist item unticked",
  "assignment.attachment_added": "Attachment added",
  "assignment.attachment_removed": "Attachment removed",
};

/** The title of an event on a timeline: the table's words, else the action read as a sentence. */
export function eventTitle(action: string): string {
  const chosen = eventTitles[action];
  if (chosen) {
    return chosen;
  }
  const text = action.replace(".", " ").replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "empty";
  }
  if (typeof value === "string") {
    return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "none" : value.map(show).join(", ");
  }
  const record = value as Record<string, unknown>;
  if (typeof record.city === "string") {
    return record.city;
  }
  return isMoney(record) ? formatMoney(record) : "changed";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isScalar = (value: unknown) => value === null || ["string", "number", "boolean"].includes(typeof value);

/** Readable lines for an event's data: "Name: Acme → Acme Ltd" for before/after pairs, field lines otherwise. */
export function eventDetails(event: EventView): string[] {
  const { before, after } = event.data;
  if (isRecord(after)) {
    const previous = isRecord(before) ? before : {};
    return Object.keys(after).map((key) => `${fieldLabel(key)}: ${show(previous[key])} → ${show(after[key])}`);
  }
  if ("after" in event.data && isScalar(after) && isScalar(before)) {
    return [`${show(before)} → ${show(after)}`];
  }
  return fieldLines(event.data);
}
