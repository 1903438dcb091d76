/**
 * The requirement types that read what other parts of the record keep (issue 12): talent pool membership and the
 * scorecard figures of the last 90 days. Pure, like requirements.ts, which calls it; the facts come from
 * kept-facts-steps.ts. A share exactly at the minimum meets it; no figure yet does not.
 */
import type { Requirement } from "./contract";
import type { WorkerFacts } from "./requirements";

/** The scorecard figures the requirement types read; shares are 0..1, null while nothing counts towards them. */
export interface ScorecardFacts {
  satisfaction: number | null;
  onTimeArrival: number | null;
  /** Abandoned assignments plus no-shows. */
  abandons: number;
  completed: number;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** A minimum share of the scorecard; a share exactly at the minimum meets it; no figure yet does not. */
function minShare(label: string, share: number | null | undefined, minPercent: number): [boolean, string] {
  if (share === null || share === undefined) {
    return [false, `${label}: no figure yet (last 90 days)`];
  }
  // Compared in tenths of a percent, as shown: 0.75 against 75 must not fail on floating-point noise.
  const met = Math.round(share * 1000) >= Math.round(minPercent * 10);
  return [met, `${label}: ${percent(share)} in the last 90 days`];
}

/** The requirements that read what other parts of the record keep: pools and the scorecard. */
export function checkKept(
  requirement: Requirement,
  facts: Pick<WorkerFacts, "pools" | "scorecard">,
  label: string,
): [boolean, string] | null {
  switch (requirement.type) {
    case "pool": {
      const pool = facts.pools?.find((p) => p.id === requirement.poolId);
      if (!pool) {
        return [false, `${label}: not a member of the pool`];
      }
      return [
        true,
        `${label}: ${pool.status === "flagged" ? "member (flagged, in the grace period)" : "member"} of ${pool.name}`,
      ];
    }
    case "min_satisfaction":
      return minShare(label, facts.scorecard?.satisfaction, requirement.minPercent);
    case "min_on_time_arrival":
      return minShare(label, facts.scorecard?.onTimeArrival, requirement.minPercent);
    case "max_abandons": {
      const count = facts.scorecard?.abandons ?? 0;
      return [count <= requirement.max, `${label}: ${count} in the last 90 days`];
    }
    default:
      return null;
  }
}
