import { CreateAssignment } from "../src/domains/assignments/contract";

const HOUR = 3_600_000;

/** A complete assignment body for the payments benchmark's one real draft (then cloned in SQL). */
export function assignmentBody() {
  const start = Date.now() + 72 * HOUR;
  return CreateAssignment.parse({
    title: "Benchmark work order",
    description:
      "Unbox and mount two point-of-sale terminals at the front counter, connect them to the store network and run the test transaction.",
    locationType: "remote",
    timeZone: "America/Chicago",
    schedule: {
      type: "fixed",
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 4 * HOUR).toISOString(),
    },
    pricing: { type: "hourly", rate: 5_000, maxHours: 5 },
    currency: "USD",
  });
}
