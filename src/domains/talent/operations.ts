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
      "For a company, its own pools with every member and their status; for a worker, public and invitation-only pools and those they were invited to or belong to, each with their own membership and the pool's requirements checked for them.",
  },
  createTalentPool: {
    summary: "Create a talent pool",
    description:
      "A public (anyone may apply), invitation-only (listed to every worker with its requirements, joined only by invitation) or private (seen only by those invited) group of workers, optionally gated by one of the company's requirement sets; applicants who meet it join at once (`autoJoin`) or wait for approval. Members who stop meeting it are flagged and removed after `graceDays`.",
  },
  getTalentPool: { summary: "Get a talent pool", description: "One pool as the caller may see it (see the list)." },
  applyToTalentPool: {
    summary: "Apply to a talent pool",
    description:
      "A worker applies to a public pool or answers an invitation (an invitation-only pool without one: 403 `forbidden`). Refused with 403 `requirements_not_met` naming each requirement not met, unless the company overrode it for them.",
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
  listSkillTests: {
    summary: "List skill tests",
    description:
      "For a company, its own tests (drafts too) with their answers; for a worker, the published tests they were invited to, took, or that belong to a pool they may see, without answers, with `start` in `actions` when they may start and `retakeAt` when they must wait.",
  },
  createSkillTest: {
    summary: "Create a skill test",
    description:
      "A company admin or manager writes a test of single-choice, multiple-choice, numeric (with a tolerance) and short-text questions, with a pass mark in %, a time limit in minutes, the days to wait before a retake (null: one attempt) and whether workers see the right answers once their score is final. It stays a draft until published.",
  },
  getSkillTest: {
    summary: "Get a skill test",
    description: "One test as the caller may see it; `key` (the right answers) is sent to the test's company only.",
  },
  publishSkillTest: {
    summary: "Publish a skill test",
    description: "Fixes the questions and opens the test to invited workers and the applicants of its pool.",
  },
  inviteToSkillTest: {
    summary: "Invite workers to a skill test",
    description: "Each newly invited worker is told by email; inviting a worker again changes nothing.",
  },
  listSkillTestAttempts: {
    summary: "List attempts at a skill test",
    description: "Every attempt for the test's company; a worker's own attempts for a worker.",
  },
  startSkillTestAttempt: {
    summary: "Start a skill test",
    description:
      "Starts a sitting: its `deadline` is now plus the time limit, and answers after it are refused. Refused with 409 `conflict` while a sitting is open, when the test allows one attempt, or before the retake wait ends (`retakeAt` names the time).",
  },
  getSkillTestAttempt: {
    summary: "Get a skill test attempt",
    description:
      "The worker's own attempt, or any attempt at the company's test. A worker sees the right answers (`key`) only once the score is final and the test shows them.",
  },
  submitSkillTestAttempt: {
    summary: "Hand in a skill test",
    description:
      "One answer per question in order (an option index, option indexes, a number, a text; null for blank). Choice and numeric answers are marked at once; short-text answers wait for a company member. After the deadline (30 s grace) the answers are refused with 409 and the attempt is closed as timed out, graded on the answers saved before it.",
  },
  messagePoolMembers: {
    summary: "Write to every member of a pool",
    description:
      "An email to each member of the pool (members in their grace period too; not those invited, waiting for approval or removed), from the company's admins and managers; the subject and text are kept in the pool's history. A member in a block with the company is left out (counted in `blocked`). Send an Idempotency-Key so a retry does not write twice.",
  },
  updateSkillTest: {
    summary: "Edit a draft skill test",
    description:
      "Replaces a draft's title, questions, answers and settings (the whole test, as on creation). A published test is fixed, because its attempts were marked against its questions and requirement sets count those scores: editing one answers 409 `invalid_transition` with `duplicate`, the route that copies it into a new draft to edit and publish.",
  },
  duplicateSkillTest: {
    summary: "Duplicate a skill test as a new draft",
    description:
      'Copies a test (published or not) into a new draft with the same questions, answers and settings, titled "… (new version)", with no invitations or attempts. Requirement sets keep naming the original until the company points them at the new test.',
  },
  saveSkillTestAnswers: {
    summary: "Save answers so far",
    description:
      "The worker's answers while the sitting is open, the whole list each time (same shape as handing in); nothing is marked yet. If the worker never hands in, a job closes the sitting just after the deadline's 30 s grace and grades these answers (timed out). Sending the same list again changes nothing. After the deadline: 409, and the sitting is closed on what was saved before.",
  },
  gradeSkillTestAttempt: {
    summary: "Grade short-text answers",
    description:
      "A member of the test's company gives points to every short-text answer waiting for grading, in one request; the score is then final and the worker is told by email.",
  },
  listAgreements: {
    summary: "List agreements",
    description:
      "For a company, its own agreements with every signature; for a worker, the agreements they were asked to sign or signed, with their own signatures and `sign` in `actions` while the current version is unsigned.",
  },
  createAgreement: {
    summary: "Create an agreement",
    description: "A company admin or manager names an agreement; upload its document as a version next.",
  },
  getAgreement: { summary: "Get an agreement", description: "One agreement as the caller may see it (see the list)." },
  uploadAgreementVersion: {
    summary: "Upload a version of an agreement",
    description:
      "The document (multipart, part `file`; PDF or image, the type read from the bytes) with its label in `version`. It becomes the current version: signatures of earlier versions no longer meet an 'agreement signed' requirement.",
  },
  downloadAgreementDocument: {
    summary: "Download an agreement's document",
    description: "The current version's file, for the company and the workers who may see the agreement.",
  },
  askToSignAgreement: {
    summary: "Ask workers to sign an agreement",
    description: "The agreement shows on each worker's list and each newly asked worker is told by email.",
  },
  signAgreement: {
    summary: "Sign an agreement",
    description:
      "The worker signs the version they read (`versionId`) with their typed full name; the time and the document's SHA-256 are recorded. A newer version published meanwhile is refused with 409 `version_conflict`; signing again changes nothing.",
  },
  searchWorkers: {
    summary: "Search workers",
    description:
      "For company members: workers by skills (comma-separated, all required, case ignored), industry, words in the name or headline, and within `radiusMiles` (at most 100, default 60) of a place (`near`, geocoded like any address) or of `latitude`/`longitude`. Nearest first with a place, by name without one; each result carries its distance, the skills matched and the last 90 days' scorecard figures. Paged by `cursor`.",
  },
};
