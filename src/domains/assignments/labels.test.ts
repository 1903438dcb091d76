import { describe, expect, it } from "vitest";
import type { AssignmentLabel } from "./contract";
import { type LabelInput, labelsOf } from "./labels";

const now = new Date("2030-06-01T12:00:00Z");
const h = (n: number) => new Date(now.getTime() + n * 3_600_000);
const base: LabelInput = {
  status: "assigned",
  confirmationHours: 24,
  confirmedAt: h(-30),
  scheduleType: "fixed",
  startsAt: h(48),
  endsAt: h(52),
  deadline: null,
  holdReason: null,
  openRequestCount: 0,
  deliverablesDueAt: null,
  openQuestionCount: 0,
  now,
};

const cases: [string, Partial<LabelInput>, AssignmentLabel[]][] = [
  ["an unanswered question on sent work", { status: "sent", openQuestionCount: 1 }, ["question_open"]],
  [
    "an unanswered question on cancelled work: no answer possible, no label",
    { status: "cancelled", openQuestionCount: 2 },
    [],
  ],
  ["a confirmed assignment two days out has no labels", {}, []],
  ["unconfirmed but before the confirmation time: no label yet", { confirmedAt: null }, []],
  ["unconfirmed inside the confirmation time", { confirmedAt: null, startsAt: h(10) }, ["not_confirmed"]],
  ["no confirmation asked", { confirmedAt: null, confirmationHours: 0, startsAt: h(10) }, []],
  ["past the start without a check-in", { startsAt: h(-1) }, ["late"]],
  ["inside an arrival window is not late", { scheduleType: "window", startsAt: h(-1), endsAt: h(1) }, []],
  ["past an arrival window", { scheduleType: "window", startsAt: h(-3), endsAt: h(-1) }, ["late"]],
  ["checked in (in progress) is never late", { status: "in_progress", startsAt: h(-1) }, []],
  ["on hold", { holdReason: "Site closed" }, ["on_hold"]],
  ["a hold on a cancelled assignment shows nothing", { status: "cancelled", holdReason: "x" }, []],
  ["a request waiting", { status: "submitted", openRequestCount: 1 }, ["request_pending"]],
  ["the deadline passed with work open", { status: "in_progress", deadline: h(-2) }, ["deliverable_late"]],
  ["a deliverable due date wins over the deadline", { deadline: h(-2), deliverablesDueAt: h(2) }, []],
  ["no labels once approved", { status: "approved", deadline: h(-2), startsAt: h(-9) }, []],
  [
    "several at once",
    { confirmedAt: null, startsAt: h(-1), holdReason: "Waiting on parts" },
    ["not_confirmed", "late", "on_hold"],
  ],
];

describe("labelsOf", () => {
  for (const [name, change, expected] of cases) {
    it(name, () => expect(labelsOf({ ...base, ...change })).toEqual(expected));
  }
});
