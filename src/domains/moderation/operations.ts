import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each moderation operation (applied by operationId). */
export const operations: OperationDocs = {
  fileReport: {
    summary: "Report a violation",
    description:
      "Reports a person, a company, an assignment, a message or a review (rating) for a named rule of the Community Violation Guidelines (`CVG-1.3`, …), with details. The record must be one the caller can see (404 otherwise); at most 20 reports per person an hour (429 `rate_limited` with `Retry-After`); on an assignment the report is about the other side, on a message its author, on a review its author's side. Add evidence files with `POST /reports/{id}/evidence`. The reported party is never told who reported.",
  },
  listMyReports: {
    summary: "List my reports",
    description:
      "The caller's own reports, newest first, with their status: open, actioned or dismissed. A page at a time: `limit` (1 to 100, default 25), and `cursor` from the previous page's `nextCursor` (null on the last page).",
  },
  addReportEvidence: {
    summary: "Add evidence to a report",
    description:
      "The reporter attaches one file (image or PDF, type read from its bytes) to their open report, at most 10 per report. 409 `invalid_transition` once the report is decided.",
  },
  downloadReportEvidence: {
    summary: "Download report evidence",
    description: "An evidence file, for the reporter and Trust & Safety only.",
  },
  listMySanctions: {
    summary: "List my sanctions",
    description:
      "Sanctions on the caller and on their company, newest first: the rule, the reason, what it covers, its end, the appeal and what the caller may do (`actions`). Never names a reporter. A page at a time (`limit`, `cursor`, `nextCursor`).",
  },
  getSanction: {
    summary: "Get a sanction",
    description: "One sanction notice, for its party (the person, or the members of the company) and Trust & Safety.",
  },
  appealSanction: {
    summary: "Appeal a sanction",
    description:
      "The sanctioned person, or an admin of the sanctioned company, appeals once with a statement (409 `invalid_transition` for a second appeal or an ended sanction). It stays in force until a different staff member reviews it. Open to a suspended account.",
  },
  reportQueue: {
    summary: "Trust & Safety report queue",
    description:
      "Reports by status (open by default, oldest first; actioned and dismissed newest first), each with its party, the number of their earlier sanctions and the suggested next step. A page at a time (`limit`, `cursor`, `nextCursor`); ties on the time are ordered by id, so no report is shown twice or skipped. Trust & Safety staff only.",
  },
  getReport: {
    summary: "Get a report (staff)",
    description:
      "One report with its reporter, evidence, party, the party's earlier sanctions and the suggested next step on the ladder (warning, restriction, suspension, ban), plus their other open reports.",
  },
  dismissReport: {
    summary: "Dismiss a report",
    description: "Closes an open report without a sanction, with a reason; the reporter is told it was reviewed.",
  },
  issueSanction: {
    summary: "Issue a sanction",
    description:
      "Sanctions a person or a company: the rule, the evidence (open reports about that party, which become `actioned`), the reason and the end (`endsAt`; null only for a ban). `kind` defaults to the suggested next step after the party's earlier sanctions; a restriction names its `scopes` (send_assignments, apply_accept, message). The party is told at once (in the app and by email) with the rule and how to appeal; from then on the server refuses the covered routes with 403 `account_restricted`, and a suspension or ban every write. It ends by itself at `endsAt`.",
  },
  sanctionQueue: {
    summary: "List sanctions (staff)",
    description:
      "Every sanction, newest first; `appeal=pending` the appeals waiting for review, oldest appeal first. A page at a time (`limit`, `cursor`, `nextCursor`).",
  },
  reviewAppeal: {
    summary: "Review an appeal",
    description:
      "Upholds, shortens (with a new, earlier `endsAt`) or lifts an appealed sanction, with a written reason the party receives. The staff member who issued the sanction may not review it (403 `forbidden`).",
  },
};
