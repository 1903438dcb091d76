import type { SanctionKind, SanctionStatus } from "./contract";
import { sanctionKinds } from "./contract";

/**
 * Graduated sanctions (issue 15, item 8; the guidelines' "What may follow"): the suggested step is one above the
 * most severe sanction still counting against the party: a lifted one never counts (the appeal found it wrong), and a
 * warning counts only until its end date. Staff may choose another step; without a choice the suggestion applies.
 */
export function suggestedKind(
  earlier: readonly { kind: SanctionKind; status: SanctionStatus; endsAt: Date | null }[],
  now: Date,
): SanctionKind {
  const counting = earlier.filter(
    (s) => s.status !== "lifted" && !(s.kind === "warning" && s.endsAt !== null && s.endsAt <= now),
  );
  if (counting.length === 0) {
    return "warning";
  }
  const worst = Math.max(...counting.map((s) => sanctionKinds.indexOf(s.kind)));
  return sanctionKinds[Math.min(worst + 1, sanctionKinds.length - 1)] ?? "ban";
}
