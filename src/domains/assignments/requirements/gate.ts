import type { Gate } from "#domains/talent/index";

/** What the talent evaluator needs from an assignment: its set, its company, where the work is. */
export function gateOf(row: {
  id: string;
  companyId: string;
  requirementSetId: string | null;
  locationType: "onsite" | "remote";
  location: { latitude: number; longitude: number } | null;
}): Gate {
  return {
    setId: row.requirementSetId,
    companyId: row.companyId,
    site:
      row.locationType === "onsite" && row.location
        ? { latitude: row.location.latitude, longitude: row.location.longitude }
        : null,
    subject: { type: "assignment", id: row.id },
  };
}
