/**
 * The talent vocabulary (issue 12): a worker's credentials and the requirement sets companies check them against.
 * Browser-safe: the web forms and the server refuse the same input with the same messages.
 */
import { z } from "zod";
import { Industry } from "#domains/companies/contract";
import { CountryCode, Id, Text } from "#shared/fields";
import { Money } from "#shared/money";
import { Timestamp } from "#shared/time";

export const credentialKinds = ["certification", "licence", "insurance", "screening"] as const;
export type CredentialKind = (typeof credentialKinds)[number];
export const screeningTypes = ["background", "drug"] as const;
export type ScreeningType = (typeof screeningTypes)[number];
/** `expired` is derived from the expiry date (UTC), so it holds before the expiry job has run. */
export const credentialStatuses = ["pending", "verified", "rejected", "expired"] as const;
export type CredentialStatus = (typeof credentialStatuses)[number];
export const reviewDecisions = ["verified", "rejected"] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** A calendar day, `YYYY-MM-DD`, read as a UTC day: a credential expiring on it is valid through its end. */
export const Day = z.iso.date({ error: "Use a date such as 2027-01-31." });
export type Day = z.infer<typeof Day>;

const Name = Text(120);
const NullableText = (max: number) => Text(max).nullable().default(null);

export const AddCredential = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("certification"),
      name: Name,
      number: NullableText(60),
      issuer: NullableText(120),
      expiresOn: Day.nullable().default(null),
    }),
    z.strictObject({
      kind: z.literal("licence"),
      /** The trade, e.g. "Electrician". */
      name: Name,
      number: Text(60),
      /** The issuing region (state or province), e.g. "TX". */
      region: Text(100),
      country: CountryCode,
      expiresOn: Day,
    }),
    z.strictObject({
      kind: z.literal("insurance"),
      /** The type of cover, e.g. "General liability". */
      name: Name,
      coverage: Money,
      issuer: NullableText(120),
      expiresOn: Day,
    }),
    z.strictObject({
      kind: z.literal("screening"),
      name: z.enum(screeningTypes, { error: "Choose background or drug." }),
      performedOn: Day,
      issuer: Text(120),
    }),
  ],
  { error: "Choose the kind: certification, licence, insurance or screening." },
);
export type AddCredential = z.infer<typeof AddCredential>;

export const RejectCredential = z.strictObject({ reason: Text(500) });
export type RejectCredential = z.infer<typeof RejectCredential>;
export const VerifyCredential = z.strictObject({ note: Text(500).nullable().default(null) });
export type VerifyCredential = z.infer<typeof VerifyCredential>;

export const CredentialReview = z.object({
  decision: z.enum(reviewDecisions),
  reason: z.string().nullable(),
  /** `staff` reviews count for every company; a company's own review counts for that company only. */
  by: z.enum(["company", "staff"]),
  companyName: z.string().nullable(),
  at: Timestamp,
});
export type CredentialReview = z.infer<typeof CredentialReview>;

export const CredentialDocument = z.object({
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  url: z.string(),
});

export const credentialActions = ["upload_document", "verify", "reject"] as const;
export type CredentialAction = (typeof credentialActions)[number];

export const CredentialView = z.object({
  id: Id,
  workerId: Id,
  workerName: z.string(),
  kind: z.enum(credentialKinds),
  name: z.string(),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  coverage: Money.nullable(),
  performedOn: Day.nullable(),
  expiresOn: Day.nullable(),
  /** For a company: its own review, else staff's; for the worker: staff's, else the latest. */
  status: z.enum(credentialStatuses),
  /** The reviews the caller may see: the worker sees all of theirs, a company its own and staff's. */
  reviews: z.array(CredentialReview),
  document: CredentialDocument.nullable(),
  actions: z.array(z.enum(credentialActions)),
  createdAt: Timestamp,
});
export type CredentialView = z.infer<typeof CredentialView>;
export const CredentialList = z.object({ items: z.array(CredentialView) });

export const CredentialParams = z.strictObject({ id: Id });
export const WorkerParams = z.strictObject({ workerId: Id });

/* Requirement sets */

export const MAX_DISTANCE_MILES = 1000;
const Percent = z.number().min(0, "Use a percentage from 0 to 100.").max(100, "Use a percentage from 0 to 100.");

export const Requirement = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("certification"), name: Name }),
    z.strictObject({ type: z.literal("licence"), name: Name, region: Text(100).nullable().default(null) }),
    z.strictObject({ type: z.literal("insurance"), name: Name.nullable().default(null), minCoverage: Money }),
    z.strictObject({
      type: z.literal("screening"),
      screening: z.enum(screeningTypes),
      withinMonths: z.number().int().min(1, "Use at least 1 month.").max(120, "Use at most 120 months."),
    }),
    z.strictObject({ type: z.literal("industry"), industry: Industry }),
    z.strictObject({ type: z.literal("skill"), skill: Text(60) }),
    z.strictObject({ type: z.literal("country"), country: CountryCode }),
    z.strictObject({
      type: z.literal("distance"),
      /** The worker's home is at most this far from the assignment's location (great-circle miles). */
      maxMiles: z
        .number()
        .positive("Use a distance above 0.")
        .max(MAX_DISTANCE_MILES, `Use at most ${MAX_DISTANCE_MILES} miles.`),
    }),
    z.strictObject({
      type: z.literal("test"),
      /** One of the company's skill tests; met by a final score of at least `minScore` %. */
      testId: Id,
      minScore: z.number().int().min(1, "Use 1 to 100 %.").max(100, "Use 1 to 100 %."),
    }),
    z.strictObject({
      type: z.literal("agreement"),
      /** One of the company's agreements; met when the worker signed its current version. */
      agreementId: Id,
    }),
    /** A member of one of the company's own talent pools (a member in the grace period still counts). */
    z.strictObject({ type: z.literal("pool"), poolId: Id }),
    /** Scorecard figures, last 90 days (the ratings domain keeps them; talent reads them through its provider). */
    z.strictObject({ type: z.literal("min_satisfaction"), minPercent: Percent }),
    z.strictObject({ type: z.literal("min_on_time_arrival"), minPercent: Percent }),
    z.strictObject({
      type: z.literal("max_abandons"),
      /** Abandoned assignments plus no-shows in the last 90 days. */
      max: z.number().int().min(0, "Use 0 or more.").max(100, "Use at most 100."),
    }),
  ],
  {
    error:
      "Choose the requirement type: certification, licence, insurance, screening, industry, skill, country, distance, test, agreement, pool, min_satisfaction, min_on_time_arrival or max_abandons.",
  },
);
export type Requirement = z.infer<typeof Requirement>;
export const requirementTypes = [
  "certification",
  "licence",
  "insurance",
  "screening",
  "industry",
  "skill",
  "country",
  "distance",
  "test",
  "agreement",
  "pool",
  "min_satisfaction",
  "min_on_time_arrival",
  "max_abandons",
] as const;

export const SaveRequirementSet = z.strictObject({
  name: Text(120),
  description: Text(1000).nullable().default(null),
  requirements: z
    .array(Requirement)
    .min(1, "Add at least one requirement.")
    .max(30, "Use at most 30 requirements in one set."),
});
export type SaveRequirementSet = z.infer<typeof SaveRequirementSet>;

export const RequirementSetView = z.object({
  id: Id,
  name: z.string(),
  description: z.string().nullable(),
  requirements: z.array(Requirement),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type RequirementSetView = z.infer<typeof RequirementSetView>;
export const RequirementSetList = z.object({ items: z.array(RequirementSetView) });

/** One requirement checked for one worker: met or not, and the sentence saying why. */
export const RequirementCheck = z.object({
  requirement: Requirement,
  met: z.boolean(),
  reason: z.string(),
});
export type RequirementCheck = z.infer<typeof RequirementCheck>;

export const RequirementResult = z.object({
  requirementSet: z.object({ id: Id, name: z.string() }).nullable(),
  workerId: Id,
  /** True when every requirement is met, or the company overrode the set for this worker. */
  eligible: z.boolean(),
  override: z.object({ reason: z.string(), at: Timestamp }).nullable(),
  checks: z.array(RequirementCheck),
});
export type RequirementResult = z.infer<typeof RequirementResult>;
