import type { PoolReach } from "#domains/talent/matching/contract";

const workers = (count: number) => `${count} ${count === 1 ? "worker" : "workers"}`;

/**
 * What a send to talent pools reached, in words (issue 12, item 5): who was invited, who lived too far, and who was
 * left out for which requirement (one worker may miss several, so those counts may add up to more).
 */
export function poolReachText(reach: PoolReach): { headline: string; lines: string[]; missing: string[] } {
  const pools = reach.pools.map((p) => p.name).join(", ");
  const members = reach.members === 1 ? "1 member" : `${reach.members} members`;
  const lines = [
    `${pools}: ${members} in all.`,
    reach.outsideRadius === 0
      ? `Every member lives within ${reach.radiusMiles} miles of the site.`
      : `${workers(reach.outsideRadius)} farther than ${reach.radiusMiles} miles, or without a home city on their profile.`,
    reach.leftOut === 0
      ? "Nobody within the radius was left out."
      : `${workers(reach.leftOut)} within the radius left out for not meeting the requirements:`,
  ];
  return {
    headline: `${workers(reach.reached)} reached from the pools`,
    lines,
    missing: reach.leftOutBy.map((m) => `${m.requirement}: ${workers(m.count)}`),
  };
}
