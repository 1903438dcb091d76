/**
 * The denial matrix's rows for worker search and matching (issue 12, item 6), spread into the matrix's `rows` beside
 * the other talent rows (a file of its own, so parallel branches do not edit one table).
 */
import { draftAssignment, type Session } from "./given";
import type { TestApp } from "./harness";

interface MatchingWorld {
  t: TestApp;
  admin: Session;
  otherAdmin: Session;
  worker: Session;
  otherWorker: Session;
}
interface MatchingRow {
  valid(w: MatchingWorld): Promise<{ as: Session | null; url: string; status: number }>;
  strangers?: (w: MatchingWorld) => Session[];
}

export const matchingRows: Record<string, MatchingRow> = {
  searchWorkers: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/workers/search?skills=Networking&latitude=30.27&longitude=-97.74&radiusMiles=50",
      status: 200,
    }),
  },
  getAssignmentMatches: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/assignments/${(await draftAssignment(w.t, w.admin)).id}/matches`,
      status: 200,
    }),
    strangers: (w) => [w.otherAdmin],
  },
};
