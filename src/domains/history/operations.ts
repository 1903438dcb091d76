import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each history operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  listEvents: {
    summary: "Read a record's history",
    description:
      "Every recorded change to one record (`subject=<type>:<id>`), oldest first, a page at a time. A company reads its own records' histories; a worker reads the events of an assignment that concern them. A rating's history (`rating:<id>`) is its own side's alone while it is hidden (double-blind), and shows a flag only to the person who flagged. A record the caller may not see is a 404.",
  },
};
