import { describe, expect, it } from "vitest";
import { Problem } from "#shared/problems";
import type { AssignmentAction, AssignmentStatus, Party } from "./contract";
import { assignmentActions, assignmentStatuses, parties } from "./contract";
import { accessFor, availableActions, type Facts, transition } from "./lifecycle";

/**
 * The grid, written by hand and independently of the table: for each action (row) and status (column), the parties
 * who may take it. The party is checked before the status (the refusal rule, docs/architecture.md): a party named in
 * no cell of the row may never take the action and hears 403 in every status; a party named elsewhere in the row
 * hears 409 invalid_transition where it is not named ("." = nobody may, now).
 * A = admin, M = manager, F = finance, V = viewer, W = the assigned worker, I = an invitee, S = the system.
 */
// biome-ignore format: the grid is aligned by hand.
const grid: Record<AssignmentAction, string> = {
  //                 draft  sent   declined assigned progress submitted approved invoiced paid  cancelled void
  update:            "AM    AM     AM       AM       AM       .         .        .        .     .         .",
  send:              "AM    .      .        .        .        .         .        .        .     .         .",
  assign:            "AM    .      .        .        .        .         .        .        .     .         .",
  addRecipients:     ".     AM     AM       .        .        .         .        .        .     .         .",
  withdraw:          ".     AM     AM       .        .        .         .        .        .     .         .",
  accept:            ".     I      .        .        .        .         .        .        .     .         .",
  apply:             ".     I      .        .        .        .         .        .        .     .         .",
  selectApplication: ".     AM     AM       .        .        .         .        .        .     .         .",
  decline:           ".     I      .        .        .        .         .        .        .     .         .",
  closeInvitations:  ".     S      .        .        .        .         .        .        .     .         .",
  confirm:           ".     .      .        W        .        .         .        .        .     .         .",
  checkIn:           ".     .      .        W        W        .         .        .        .     .         .",
  checkOut:          ".     .      .        .        W        .         .        .        .     .         .",
  submit:            ".     .      .        W        W        .         .        .        .     .         .",
  approve:           ".     .      .        .        .        AMFS      .        .        .     .         .",
  return:            ".     .      .        .        .        AMF       .        .        .     .         .",
  cancel:            ".     AM     AM       AM       AM       AM        .        .        .     .         .",
  abandon:           ".     .      .        W        W        .         .        .        .     .         .",
  markNoShow:        ".     .      .        AM       .        .         .        .        .     .         .",
  hold:              ".     .      .        AM       AM       .         .        .        .     .         .",
  resume:            ".     .      .        AM       AM       .         .        .        .     .         .",
  void:              "AM    .      .        .        .        .         .        .        .     .         .",
  markInvoiced:      ".     .      .        .        .        .         S        .        .     .         .",
  markPaid:          ".     .      .        .        .        .         S        S        .     .         .",
};

/** Where each allowed move leads ("same" = the status does not change). */
// biome-ignore format: aligned by hand.
const leadsTo: Record<AssignmentAction, AssignmentStatus | "same"> = {
  update: "same", send: "sent", assign: "assigned", addRecipients: "sent", withdraw: "draft", accept: "assigned",
  apply: "same", selectApplication: "assigned", decline: "same", closeInvitations: "declined", confirm: "same",
  checkIn: "in_progress", checkOut: "same", submit: "submitted", approve: "approved", return: "in_progress",
  cancel: "cancelled", abandon: "draft", markNoShow: "draft", hold: "same", resume: "same", void: "void",
  markInvoiced: "invoiced", markPaid: "paid",
};

const letters: Record<Party, string> = {
  admin: "A",
  manager: "M",
  finance: "F",
  viewer: "V",
  assignee: "W",
  invitee: "I",
  system: "S",
};

const now = new Date("2030-01-10T12:00:00Z");
const base: Facts = {
  status: "draft",
  routingMode: "first_to_accept",
  onHold: false,
  autoApprovalHeld: false,
  confirmationHours: 24,
  confirmed: false,
  startsAt: new Date("2030-01-10T08:00:00Z"),
  checkedIn: false,
  invitation: { status: "invited", expiresAt: null },
  applied: false,
  now,
};
/** Facts under which each action's guard says yes, so the grid checks status and party alone. */
const happy: Partial<Record<AssignmentAction, Partial<Facts>>> = {
  apply: { routingMode: "applications" },
  resume: { onHold: true },
  checkOut: { checkedIn: true },
};

function outcome(action: AssignmentAction, status: AssignmentStatus, party: Party): string {
  try {
    return transition(action, { ...base, ...happy[action], status }, party);
  } catch (error) {
    if (error instanceof Problem) {
      return String(error.status);
    }
    throw error;
  }
}

describe("the lifecycle table, cell by cell", () => {
  for (const action of assignmentActions) {
    const cells = grid[action].split(/\s+/);
    it(`${action}: ${grid[action]}`, () => {
      expect(cells).toHaveLength(assignmentStatuses.length);
      assignmentStatuses.forEach((status, column) => {
        const cell = cells[column] ?? "";
        for (const party of parties) {
          const to = leadsTo[action] === "same" ? status : leadsTo[action];
          const mayEver = grid[action].includes(letters[party]);
          const expected = cell.includes(letters[party]) ? to : mayEver ? "409" : "403";
          expect(outcome(action, status, party), `${action} × ${status} × ${party}`).toBe(expected);
        }
      });
    });
  }

  it("tells a party who may never act 403 whatever the status, and the right party at the wrong time 409", () => {
    expect(outcome("submit", "sent", "invitee")).toBe("403");
    expect(outcome("accept", "assigned", "invitee")).toBe("409");
    expect(outcome("approve", "draft", "viewer")).toBe("403");
    expect(outcome("approve", "draft", "finance")).toBe("409");
  });

  it("names the current status in every 409", () => {
    try {
      transition("approve", { ...base, status: "cancelled" }, "finance");
      expect.fail("approve on a cancelled assignment must be refused");
    } catch (error) {
      expect(error).toBeInstanceOf(Problem);
      expect((error as Problem).code).toBe("invalid_transition");
      expect((error as Problem).extra).toMatchObject({ currentStatus: "cancelled", action: "approve" });
    }
  });

  it("refuses a caller who is not a party with 404", () => {
    expect(() => transition("send", base, null)).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});

describe("guards", () => {
  const refusal = (action: AssignmentAction, facts: Partial<Facts>, party: Party) => {
    try {
      transition(action, { ...base, ...facts }, party);
      return null;
    } catch (error) {
      return (error as Problem).detail;
    }
  };
  const cases: [AssignmentAction, Partial<Facts>, Party, RegExp | null][] = [
    ["accept", { status: "sent" }, "invitee", null],
    ["accept", { status: "assigned" }, "invitee", /Another worker accepted this assignment first/],
    // The winner is no invitee any more: a party who may not accept (403), told why in words.
    ["accept", { status: "assigned" }, "assignee", /already have this assignment/],
    ["accept", { status: "sent", routingMode: "applications" }, "invitee", /apply instead/],
    ["accept", { status: "sent", invitation: { status: "invited", expiresAt: now } }, "invitee", /expired/],
    ["accept", { status: "sent", invitation: { status: "declined", expiresAt: null } }, "invitee", /declined/],
    ["accept", { status: "sent", invitation: { status: "withdrawn", expiresAt: null } }, "invitee", /withdrawn/],
    ["accept", { status: "sent", invitation: { status: "abandoned", expiresAt: null } }, "invitee", /taken off/],
    ["accept", { status: "sent", invitation: { status: "no_show", expiresAt: null } }, "invitee", /taken off/],
    ["accept", { status: "sent", invitation: null }, "invitee", /not invited/],
    ["apply", { status: "sent" }, "invitee", /accept it instead/],
    ["apply", { status: "sent", routingMode: "applications", applied: true }, "invitee", /already applied/],
    ["confirm", { status: "assigned", confirmationHours: 0 }, "assignee", /does not ask/],
    ["confirm", { status: "assigned", confirmed: true }, "assignee", /already confirmed/],
    ["checkIn", { status: "assigned", onHold: true }, "assignee", /on hold/],
    ["checkIn", { status: "in_progress", checkedIn: true }, "assignee", /already checked in/],
    ["checkOut", { status: "in_progress" }, "assignee", /not checked in/],
    ["submit", { status: "in_progress", onHold: true }, "assignee", /on hold/],
    ["approve", { status: "submitted", autoApprovalHeld: true }, "system", /Auto-approval is on hold/],
    ["approve", { status: "submitted", autoApprovalHeld: true }, "finance", null],
    ["markNoShow", { status: "assigned", startsAt: new Date("2030-01-10T13:00:00Z") }, "manager", /start time/],
    ["markNoShow", { status: "assigned", startsAt: null }, "manager", /start time/],
    ["hold", { status: "assigned", onHold: true }, "manager", /on hold/],
    ["resume", { status: "assigned" }, "manager", /not on hold/],
  ];
  for (const [action, facts, party, expected] of cases) {
    it(`${action} as ${party} with ${JSON.stringify(facts)} → ${expected ?? "allowed"}`, () => {
      const detail = refusal(action, facts, party);
      if (expected) {
        expect(detail).toMatch(expected);
      } else {
        expect(detail).toBeNull();
      }
    });
  }
});

describe("availableActions", () => {
  it("offers an invitee accept and decline on a first-to-accept assignment", () => {
    expect(availableActions({ ...base, status: "sent" }, "invitee")).toEqual(["accept", "decline"]);
  });
  it("offers apply instead of accept when the assignment takes applications", () => {
    const facts: Facts = { ...base, status: "sent", routingMode: "applications" };
    expect(availableActions(facts, "invitee")).toEqual(["apply", "decline"]);
  });
  it("offers a viewer nothing and a stranger nothing", () => {
    expect(availableActions({ ...base, status: "submitted" }, "viewer")).toEqual([]);
    expect(availableActions({ ...base, status: "submitted" }, null)).toEqual([]);
  });
  it("offers finance approve and return on submitted work", () => {
    expect(availableActions({ ...base, status: "submitted" }, "finance")).toEqual(["approve", "return"]);
  });
  it("agrees with transition for every cell", () => {
    for (const status of assignmentStatuses) {
      for (const party of parties) {
        const facts = { ...base, status };
        for (const action of availableActions(facts, party)) {
          expect(() => transition(action, facts, party)).not.toThrow();
        }
      }
    }
  });
});

describe("route access, derived from the table", () => {
  it("gives each route the accounts and roles its rules name", () => {
    const problems = ["forbidden", "invalid_transition"];
    expect(accessFor("send", "assign")).toEqual({ auth: "client", roles: ["admin", "manager"], problems });
    expect(accessFor("approve")).toEqual({ auth: "client", roles: ["admin", "manager", "finance"], problems });
    expect(accessFor("accept")).toEqual({ auth: "worker", problems });
    expect(accessFor("submit")).toEqual({ auth: "worker", problems });
  });
});
