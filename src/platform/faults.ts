/**
 * Named crash points for the crash tests (test/crash-retry.test.ts): a process started with
 * `WORKLANE_FAULT=<point>:<idempotency key>` kills itself with SIGKILL when a request with that key reaches the point,
 * so a test can prove what survives a crash at exactly that moment. Unset in every real deployment: then it is one
 * string comparison per keyed request.
 */
export type FaultPoint = "idempotency.before-commit" | "idempotency.after-commit";

const armed = process.env.WORKLANE_FAULT ?? "";

export function faultPoint(point: FaultPoint, key: string): void {
  if (armed !== "" && armed === `${point}:${key}`) {
    process.kill(process.pid, "SIGKILL");
  }
}
