import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each workers operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  getMyWorkerProfile: {
    summary: "Get my worker profile",
    description: "The signed-in worker's profile, including the exact home location only they can see.",
  },
  updateWorkerProfile: {
    summary: "Update my worker profile",
    description:
      "Headline, bio, skills, industries, hourly rate, home location, travel radius and time zone; clients find and invite workers by them.",
  },
  getPublicWorker: {
    summary: "Get a worker's public profile",
    description:
      "What anyone sees about a worker: headline, bio, skills and home city, never the address or coordinates.",
  },
};
