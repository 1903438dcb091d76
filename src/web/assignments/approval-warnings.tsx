import type { AssignmentView } from "#domains/assignments/views";

/** What to look at before approving (issue 9): shown above the claim and again in the approve dialog. */
export function ApprovalWarnings({ warnings }: { warnings: AssignmentView["approvalWarnings"] }) {
  if (warnings.length === 0) {
    return null;
  }
  return (
    <section className="alert alert--warning" aria-label="Check before approving">
      <p className="alert__title">Check before approving</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.code}>{warning.message}</li>
        ))}
      </ul>
    </section>
  );
}
