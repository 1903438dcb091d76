import type { Requirement } from "#domains/talent/contract";
import { formatMoney } from "#shared/money";

/** A requirement in words, for lists (the server's reasons start with the same words). */
export function requirementLabel(r: Requirement): string {
  switch (r.type) {
    case "certification":
      return `Certification: ${r.name}`;
    case "licence":
      return `Licence: ${r.name}${r.region ? `, ${r.region}` : ""}`;
    case "insurance":
      return `Insurance: ${r.name ?? "any cover"} of at least ${formatMoney(r.minCoverage)}`;
    case "screening":
      return `${r.screening === "drug" ? "Drug test" : "Background check"} within ${r.withinMonths} months`;
    case "industry":
      return `Industry: ${r.industry}`;
    case "skill":
      return `Skill: ${r.skill}`;
    case "country":
      return `Country: ${r.country}`;
    case "distance":
      return `Within ${r.maxMiles} miles of the work`;
    case "test":
      return `Test passed with at least ${r.minScore}%`;
    case "agreement":
      return "Agreement signed";
    case "pool":
      return "Member of a talent pool";
    case "min_satisfaction":
      return `Client satisfaction of at least ${r.minPercent}%`;
    case "min_on_time_arrival":
      return `On-time arrival of at least ${r.minPercent}%`;
    case "max_abandons":
      return `At most ${r.max} abandoned assignments or no-shows`;
    default:
      return "Requirement";
  }
}
