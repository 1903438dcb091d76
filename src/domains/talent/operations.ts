import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each talent operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  listMyCredentials: {
    summary: "List my credentials",
    description:
      "The signed-in worker's certifications, licences, insurance and screenings, each with its status (pending, verified, rejected, expired) and every review of it.",
  },
  addCredential: {
    summary: "Add a credential",
    description:
      "A worker adds a certification, a licence (number, issuing region, expiry), insurance (type, coverage, expiry) or a background or drug screening (date, provider). It is pending until a company or Worklane staff verifies it; upload its document next.",
  },
  uploadCredentialDocument: {
    summary: "Upload a credential's document",
    description:
      "The credential's scan or photo (multipart, part `file`; the type is read from the bytes). Sending another replaces it.",
  },
  downloadCredentialDocument: {
    summary: "Download a credential's document",
    description: "For the worker who added it, client companies and staff.",
  },
  verifyCredential: {
    summary: "Verify a credential",
    description:
      "A company admin or manager verifies it for the company's own use; Worklane staff (admin, trust & safety) verify it for every company. A company's own review wins over staff's for that company. The worker is told by email.",
  },
  rejectCredential: {
    summary: "Reject a credential",
    description:
      "Like verifying, with the reason the worker reads. A rejected credential meets no requirement for the reviewer's company (staff: every company without its own review).",
  },
  listWorkerCredentials: {
    summary: "List a worker's credentials",
    description:
      "One worker's credentials as a client company (its own reviews and staff's, never another company's) or staff see them; a worker may read only their own.",
  },
  listRequirementSets: {
    summary: "List requirement sets",
    description: "The company's own requirement sets, by name.",
  },
  createRequirementSet: {
    summary: "Create a requirement set",
    description:
      "A named list of requirements (credential kinds, licence region, insurance coverage, screening age, industry, skill, country, distance from the assignment) to attach to assignments. Each requirement is checked per worker with a reason.",
  },
  getRequirementSet: { summary: "Get a requirement set", description: "One of the company's requirement sets." },
  updateRequirementSet: {
    summary: "Replace a requirement set",
    description:
      "Replaces the name, description and requirements; assignments using the set check the new rules from now on.",
  },
  listTalentPools: {
    summary: "List talent pools",
    description:
      "For a company, its own pools with every member and their status; for a worker, public pools and those they were invited to or belong to, each with their own membership and the pool's requirements checked for them.",
  },
  createTalentPool: {
    summary: "Create a talent pool",
    description:
      "A public (anyone may apply), invitation-only or private group of workers, optionally gated by one of the company's requirement sets; applicants who meet it join at once (`autoJoin`) or wait for approval. Members who stop meeting it are flagged and removed after `graceDays`.",
  },
  getTalentPool: { summary: "Get a talent pool", description: "One pool as the caller may see it (see the list)." },
  applyToTalentPool: {
    summary: "Apply to a talent pool",
    description:
      "A worker applies to a public pool or answers an invitation. Refused with 403 `requirements_not_met` naming each requirement not met, unless the company overrode it for them.",
  },
  inviteToTalentPool: {
    summary: "Invite a worker to a pool",
    description: "The worker is told by email and joins by applying (the pool's requirements still apply).",
  },
  approvePoolMember: { summary: "Approve an applicant", description: "A pending applicant becomes a member." },
  overridePoolRequirements: {
    summary: "Override a pool's requirements for a worker",
    description:
      "Lets one worker join although they do not meet the pool's set, with the reason recorded in the pool's history.",
  },
  searchWorkers: {
    summary: "Search workers",
    description:
      "For company members: workers by skills (comma-separated, all required, case ignored), industry, words in the name or headline, and within `radiusMiles` (at most 100, default 60) of a place (`near`, geocoded like any address) or of `latitude`/`longitude`. Nearest first with a place, by name without one; each result carries its distance, the skills matched and the last 90 days' scorecard figures. Paged by `cursor`.",
  },
};
