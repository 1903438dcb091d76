import { Link } from "react-router";
import { ProblemError } from "../api";
import { Button } from "./button";

/** Shows why a read failed, with a retry when trying again could help. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = error instanceof ProblemError ? error : null;
  // A sanction's refusal (403 account_restricted) names the sanction: link to its notice and the appeal form.
  const restricted = problem?.code === "account_restricted" ? (problem.document as { sanctionId?: unknown }) : null;
  const sanctionId = typeof restricted?.sanctionId === "string" ? restricted.sanctionId : null;
  const canRetry = onRetry && (!problem || problem.status === 0 || problem.status >= 500);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{problem?.title ?? "Something went wrong"}</p>
      <p>{problem?.detail ?? "Please try again in a moment."}</p>
      {sanctionId ? (
        <p>
          <Link to={`/sanctions/${sanctionId}`}>Read the notice and appeal</Link>
        </p>
      ) : null}
      {problem?.requestId ? <p className="alert__meta">Reference: {problem.requestId}</p> : null}
      {canRetry ? (
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
