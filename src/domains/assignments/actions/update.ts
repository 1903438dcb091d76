import { resolveOptionalLocation } from "#domains/places/index";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { formatDateTime } from "#shared/time";
import type { UpdateAssignment } from "../contract";
import { scheduleConfirmationAlert } from "../follow-up-steps";
import { maximumSpend } from "../pricing";
import { pricingColumns, scheduleColumns } from "../schedule";
import { type AssignmentRow, lockForActor } from "../scope";
import { type AssignmentChanges, notify, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

type Fields = Omit<UpdateAssignment, "version">;
const copied = [
  "title",
  "description",
  "industry",
  "skills",
  "instructions",
  "locationType",
  "onsiteContact",
  "timeZone",
  "currency",
  "paymentTermsDays",
  "confirmationHours",
  "routingMode",
] as const;

/** Terms a worker agreed to, or invitations went out under, do not change underneath them. */
function refuseLockedFields(row: AssignmentRow, fields: Fields): void {
  const assigned = row.assignedWorkerId !== null;
  const locked = [
    ...(row.status !== "draft" && fields.routingMode !== undefined ? ["routingMode"] : []),
    ...(assigned && fields.pricing !== undefined ? ["pricing"] : []),
    ...(assigned && fields.currency !== undefined ? ["currency"] : []),
  ];
  if (locked.length > 0) {
    throw new Problem(
      "invalid_transition",
      `These terms can no longer change on this assignment: ${locked.join(", ")}. A worker's price changes through a budget request.`,
      { currentStatus: row.status, action: "update", fields: locked },
    );
  }
}

function columnsOf(row: AssignmentRow, fields: Fields): AssignmentChanges {
  const set: Record<string, unknown> = {};
  for (const key of copied) {
    if (fields[key] !== undefined) {
      set[key] = fields[key];
    }
  }
  if (fields.location !== undefined) {
    set.location = resolveOptionalLocation(fields.location, "/body/location");
  }
  if (fields.schedule !== undefined) {
    Object.assign(set, scheduleColumns(fields.schedule));
  }
  if (fields.deadline !== undefined) {
    set.deadline = fields.deadline ? new Date(fields.deadline) : null;
  }
  if (fields.pricing) {
    Object.assign(set, pricingColumns(fields.pricing), { maximumSpend: maximumSpend(fields.pricing) });
  }
  if ((fields.locationType ?? row.locationType) === "remote") {
    Object.assign(set, { location: null, onsiteContact: null });
  }
  const start = (set.startsAt as Date | null | undefined) === undefined ? row.startsAt : (set.startsAt as Date | null);
  const deadline = set.deadline === undefined ? row.deadline : (set.deadline as Date | null);
  if (start && deadline && deadline < start) {
    throw new Problem("validation_failed", "The deadline cannot come before the start.", {}, [
      { pointer: "/body/deadline", message: "The deadline cannot come before the start." },
    ]);
  }
  return set as AssignmentChanges;
}

function summary(row: AssignmentRow, changed: string[]): string {
  const when = row.startsAt ? ` It now starts ${formatDateTime(row.startsAt, row.timeZone)} (${row.timeZone}).` : "";
  return `The client changed: ${changed.join(", ")}.${changed.includes("schedule") ? when : ""}`;
}

/** The client edits; the assigned worker is told what changed. A new schedule asks for a new confirmation. */
export async function updateAssignment(ctx: Ctx, id: string, input: UpdateAssignment): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("update");
    const { version, ...fields } = input;
    if (version !== locked.row.version) {
      throw new Problem(
        "version_conflict",
        "Someone changed this assignment since you loaded it; reload it and make your edit again.",
        { currentVersion: locked.row.version },
      );
    }
    refuseLockedFields(locked.row, fields);
    const set = columnsOf(locked.row, fields);
    const changed = Object.keys(fields).filter((key) => fields[key as keyof Fields] !== undefined);
    const rescheduled = changed.includes("schedule") && locked.row.status === "assigned";
    const row = await saveAssignment(tx, ctx, locked, {
      set: rescheduled ? { ...set, confirmedAt: null } : set,
      event: "assignment.updated",
      data: { changed },
    });
    if (row.assignedWorkerId) {
      await notify(tx, ctx, [row.assignedWorkerId], row.id, {
        subject: `Changed: ${row.title}`,
        text: summary(row, changed),
      });
    }
    if (rescheduled) {
      await scheduleConfirmationAlert(tx, ctx, row);
    }
    return closingView(tx, ctx, row);
  });
}
