/**
 * The skill-test part of the talent demo (issue 12, item 8): one published test taken by the demo workers, three
 * days ago, through the actions: some passed, some failed, one short-text answer still waiting for the company, and
 * one sitting abandoned and closed by the time limit on what was answered. talent/demo.ts calls it.
 */
import { type Ctx, systemActor } from "#platform/context";
import { createSkillTest } from "./actions/create-test";
import { gradeSkillTestAttempt } from "./actions/grade-attempt";
import { inviteToSkillTest } from "./actions/invite";
import { publishSkillTest } from "./actions/publish-test";
import { saveSkillTestAnswers } from "./actions/save-answers";
import { startSkillTestAttempt } from "./actions/start-attempt";
import { submitSkillTestAttempt } from "./actions/submit-attempt";
import type { Answer, SaveTest } from "./contract";
import { closeAbandonedAttempt } from "./jobs";

const MINUTE = 60_000;
const DAY = 86_400_000;

export const safetyTest: SaveTest = {
  title: "Electrical safety basics",
  description: "Ten minutes on safe isolation and protective equipment, before site work.",
  questions: [
    {
      type: "single",
      prompt: "Which conductor is the protective earth?",
      points: 2,
      options: ["Brown", "Green/yellow", "Blue"],
      correct: 1,
    },
    {
      type: "multiple",
      prompt: "Which of these are personal protective equipment?",
      points: 2,
      options: ["Insulated gloves", "A radio", "Safety goggles"],
      correct: [0, 2],
    },
    {
      type: "numeric",
      prompt: "An RCD for socket circuits trips at how many mA?",
      points: 2,
      answer: 30,
      tolerance: 0,
    },
    {
      type: "single",
      prompt: "Before touching a circuit you…",
      points: 2,
      options: ["prove it dead", "trust the label"],
      correct: 0,
    },
    {
      type: "text",
      prompt: "In one sentence: how do you prove a circuit dead?",
      points: 2,
      guidance: "Test the tester on a known live source, test the circuit, test the tester again.",
    },
  ],
  passingScore: 70,
  timeLimitMinutes: 20,
  retakeAfterDays: 7,
  showAnswers: true,
  poolId: null,
};

const right: (Answer | null)[] = [1, [0, 2], 30, 0, "Prove the tester on a live source, test, prove the tester again."];
const mostlyWrong: (Answer | null)[] = [0, [1], 30, 1, "Switch it off at the board."];

/** How the i-th demo worker sits the test: the scores the demo shows, in a cycle of five. */
type Sitting = "passes" | "fails" | "awaits_grading" | "blank_text" | "abandons";
const sittings: Sitting[] = ["passes", "fails", "awaits_grading", "blank_text", "abandons"];

/**
 * Publishes the test, invites the workers and walks each through a sitting three days ago. Answers the test's id and
 * the workers who passed (for the pool gated by it).
 */
export async function demoSkillTests(
  company: Ctx,
  workers: readonly Ctx[],
): Promise<{ testId: string; passed: Set<number> }> {
  const now = company.now.getTime();
  const at = (ctx: Ctx, minutes: number): Ctx => ({ ...ctx, now: new Date(now - 3 * DAY + minutes * MINUTE) });
  const test = await createSkillTest(at(company, -60), safetyTest);
  await publishSkillTest(at(company, -59), test.id);
  const takers = workers.slice(0, 10);
  if (takers.length === 0) {
    return { testId: test.id, passed: new Set() };
  }
  await inviteToSkillTest(
    at(company, -58),
    test.id,
    takers.map((w) => (w.actor.kind === "user" ? w.actor.userId : "")),
  );
  const passed = new Set<number>();
  for (const [index, worker] of takers.entries()) {
    const sitting = sittings[index % sittings.length] ?? "passes";
    const attempt = await startSkillTestAttempt(at(worker, index * 30), test.id);
    const answer = (minutes: number) => at(worker, index * 30 + minutes);
    if (sitting === "abandons") {
      // Two answers saved, then the tab closed: the close job grades what was saved once the time is up.
      await saveSkillTestAnswers(answer(3), attempt.id, { answers: [1, [0, 2]] });
      await closeAbandonedAttempt({ ...answer(safetyTest.timeLimitMinutes + 1), actor: systemActor }, attempt.id);
      continue;
    }
    const answers = sitting === "fails" ? mostlyWrong : sitting === "blank_text" ? [...right.slice(0, 4), null] : right;
    await submitSkillTestAttempt(answer(12), attempt.id, { answers: [...answers] });
    if (sitting === "passes" || sitting === "fails") {
      const points = sitting === "passes" ? 2 : 0;
      await gradeSkillTestAttempt(at(company, index * 30 + 90), attempt.id, { grades: [{ question: 4, points }] });
    }
    if (sitting === "passes" || sitting === "blank_text") {
      passed.add(index);
    }
  }
  return { testId: test.id, passed };
}
