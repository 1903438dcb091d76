/**
 * Grading, pure. Choice and numeric answers are marked at once; a short-text answer waits for a company member
 * (null), except a blank one, which earns nothing. The score is the earned share of the points in %, rounded down,
 * and it passes when it is at least the pass mark: rounding down keeps "79.9 %" from passing an 80 % mark, and a
 * score exactly at the mark passes.
 */
import type { Answer, AnswerKey, Question, QuestionView } from "./contract";

/** Binary floating point must not fail an answer that is exactly at the tolerance (0.1 + 0.2 vs 0.3). */
const EPSILON = 1e-9;

export function markOne(question: Question, answer: Answer | null): number | null {
  switch (question.type) {
    case "single":
      return answer === question.correct ? question.points : 0;
    case "multiple": {
      if (!Array.isArray(answer)) {
        return 0;
      }
      const picked = new Set(answer);
      const right = picked.size === question.correct.length && question.correct.every((c) => picked.has(c));
      return right ? question.points : 0;
    }
    case "numeric":
      return typeof answer === "number" && Math.abs(answer - question.answer) <= question.tolerance + EPSILON
        ? question.points
        : 0;
    case "text":
      return typeof answer === "string" && answer.trim() !== "" ? null : 0;
  }
}

export const markAll = (questions: readonly Question[], answers: readonly (Answer | null)[]) =>
  questions.map((q, i) => markOne(q, answers[i] ?? null));

/** The final score in % (rounded down) once every mark is known; null while one waits for grading. */
export function scoreOf(questions: readonly Question[], marks: readonly (number | null)[]): number | null {
  if (marks.some((m) => m === null)) {
    return null;
  }
  const total = questions.reduce((sum, q) => sum + q.points, 0);
  const earned = marks.reduce<number>((sum, m) => sum + (m ?? 0), 0);
  return total === 0 ? 0 : Math.floor((earned * 100) / total);
}

export const passes = (score: number, passingScore: number) => score >= passingScore;

/** Whether an answer has the shape its question takes (an option index, option indexes, a number, a text). */
export function answerFits(question: Question, answer: Answer | null): boolean {
  if (answer === null) {
    return true;
  }
  switch (question.type) {
    case "single":
      return typeof answer === "number" && Number.isInteger(answer) && answer >= 0 && answer < question.options.length;
    case "multiple":
      return Array.isArray(answer) && answer.every((a) => a < question.options.length);
    case "numeric":
      return typeof answer === "number";
    case "text":
      return typeof answer === "string";
  }
}

/** Where answers do not fit their questions (more answers than questions, a wrong shape), as field errors. */
export function answerErrors(
  questions: readonly Question[],
  answers: readonly (Answer | null)[],
): { pointer: string; message: string }[] {
  return answers.flatMap((answer, i) => {
    const question = questions[i];
    if (!question) {
      return [{ pointer: `/body/answers/${i}`, message: `The test has ${questions.length} questions.` }];
    }
    return answerFits(question, answer)
      ? []
      : [{ pointer: `/body/answers/${i}`, message: `This answer does not fit a ${question.type} question.` }];
  });
}

export const publicQuestion = (q: Question): QuestionView => ({
  type: q.type,
  prompt: q.prompt,
  points: q.points,
  options: q.type === "single" || q.type === "multiple" ? q.options : null,
});

export const keyOf = (q: Question): AnswerKey => ({
  correct: q.type === "single" ? [q.correct] : q.type === "multiple" ? [...q.correct].sort((a, b) => a - b) : null,
  answer: q.type === "numeric" ? q.answer : null,
  tolerance: q.type === "numeric" ? q.tolerance : null,
  guidance: q.type === "text" ? q.guidance : null,
});

const DAY = 86_400_000;

/** When the next attempt may start after `last` ended; null when the test allows one attempt only. */
export function retakeAt(last: { endedAt: Date }, retakeAfterDays: number | null): Date | null {
  return retakeAfterDays === null ? null : new Date(last.endedAt.getTime() + retakeAfterDays * DAY);
}
