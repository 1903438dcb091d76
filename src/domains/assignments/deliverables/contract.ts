import { z } from "zod";
import { Id, Markdown, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";

/** What the worker hands in (issue 3, The assignment: photos, documents, a signature, a written report). */
export const requirementKinds = ["photo", "document", "signature", "report"] as const;
export const RequirementKind = z.enum(requirementKinds);
export type RequirementKind = z.infer<typeof RequirementKind>;

export const customFieldTypes = ["text", "number", "date", "choice"] as const;
export const CustomFieldType = z.enum(customFieldTypes);
export type CustomFieldType = z.infer<typeof CustomFieldType>;

/** Who fills a custom field in: the client company or the assigned worker. */
export const fieldFillers = ["client", "worker"] as const;
export const FieldFiller = z.enum(fieldFillers);
export type FieldFiller = z.infer<typeof FieldFiller>;

export const filePurposes = ["attachment", "deliverable"] as const;

export const deliverableLimits = {
  requirements: 30,
  checklist: 50,
  fields: 30,
  /** Photos or documents one requirement may ask for. */
  count: 50,
  choices: 30,
  report: 20_000,
  fieldText: 2_000,
  /** A drawn signature as a data URL: a PNG of a signature pad is a few tens of KB. */
  signatureDataUrl: 700_000,
} as const;

const unique = (ids: (string | undefined)[]) => {
  const given = ids.filter((id): id is string => id !== undefined);
  return new Set(given).size === given.length;
};

export const RequirementInput = z
  .strictObject({
    /** Keeps an existing requirement (and what was handed in for it); absent = a new one. */
    id: Id.optional(),
    kind: RequirementKind,
    title: Text(120),
    instructions: Markdown(2_000).default(""),
    requiredCount: z.number().int("Use a whole number.").min(1).max(deliverableLimits.count).default(1),
    /** Optional: when it must be handed in; past it, the assignment shows "deliverable late". */
    dueAt: Timestamp.nullable().default(null),
  })
  .refine((r) => r.kind !== "report" || r.requiredCount === 1, {
    path: ["requiredCount"],
    message: "A written report is one text: use a count of 1.",
  });
export type RequirementInput = z.infer<typeof RequirementInput>;

export const ChecklistItemInput = z.strictObject({
  id: Id.optional(),
  text: Text(300),
  /** A required item must be ticked before the worker can submit. */
  required: z.boolean().default(true),
});
export type ChecklistItemInput = z.infer<typeof ChecklistItemInput>;

export const CustomFieldInput = z
  .strictObject({
    id: Id.optional(),
    label: Text(120),
    type: CustomFieldType,
    /** The options of a `choice` field; empty for the other types. */
    choices: z.array(Text(100)).max(deliverableLimits.choices).default([]),
    required: z.boolean().default(false),
    filledBy: FieldFiller,
  })
  .superRefine((field, ctx) => {
    if (field.type === "choice" && field.choices.length < 2) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "Give at least two choices." });
    }
    if (field.type !== "choice" && field.choices.length > 0) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "Only a choice field has choices." });
    }
    if (new Set(field.choices).size !== field.choices.length) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "Name each choice once." });
    }
  });
export type CustomFieldInput = z.infer<typeof CustomFieldInput>;

/**
 * The whole set the company asks for, replacing the previous one: items with an `id` are kept and edited, items
 * without are added, and missing ones are removed (refused while something was handed in for them).
 */
export const DefineDeliverables = z
  .strictObject({
    requirements: z.array(RequirementInput).max(deliverableLimits.requirements).default([]),
    checklist: z.array(ChecklistItemInput).max(deliverableLimits.checklist).default([]),
    fields: z.array(CustomFieldInput).max(deliverableLimits.fields).default([]),
  })
  .refine(
    (d) => unique([...d.requirements, ...d.checklist, ...d.fields].map((item) => item.id)),
    "Name each existing item once.",
  );
export type DefineDeliverables = z.infer<typeof DefineDeliverables>;

export const WriteReport = z.strictObject({
  text: Markdown(deliverableLimits.report).refine((t) => t.trim().length > 0, "The report cannot be empty."),
});
export type WriteReport = z.infer<typeof WriteReport>;

/** A signature drawn on screen, sent as a PNG/JPEG/WebP data URL; it is stored as an image file like an upload. */
export const CaptureSignature = z.strictObject({
  dataUrl: z
    .string()
    .max(deliverableLimits.signatureDataUrl, "The drawn signature is too large.")
    .regex(/^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/, "Send a PNG, JPEG or WebP image data URL."),
  signerName: Text(100).nullable().default(null),
});
export type CaptureSignature = z.infer<typeof CaptureSignature>;

export const TickChecklistItem = z.strictObject({ done: z.boolean() });
export type TickChecklistItem = z.infer<typeof TickChecklistItem>;

/** Text, number, date (YYYY-MM-DD) or choice, checked against the field's type; null clears it. */
export const FillCustomField = z.strictObject({
  value: z.union([z.string().max(deliverableLimits.fieldText), z.number(), z.null()]),
});
export type FillCustomField = z.infer<typeof FillCustomField>;
export type FieldValue = FillCustomField["value"];

export const RequirementParams = z.strictObject({ id: Id, requirementId: Id });
export const RequirementFileParams = z.strictObject({ id: Id, requirementId: Id, fileId: Id });
export const ChecklistParams = z.strictObject({ id: Id, itemId: Id });
export const FieldParams = z.strictObject({ id: Id, fieldId: Id });
export const AttachmentParams = z.strictObject({ id: Id, fileId: Id });

export const FileView = z.object({
  id: Id,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** The signer's name for a signature; otherwise null. */
  caption: z.string().nullable(),
  uploadedAt: Timestamp,
  uploadedBy: z.object({ id: Id, name: z.string() }),
  /** Where to download it (same session or API key). */
  url: z.string(),
});
export type FileView = z.infer<typeof FileView>;

/** A file from a worker who came off the assignment: the company's evidence, counted for no one. */
export const ReleasedFileView = FileView.extend({ releasedAt: Timestamp });
export type ReleasedFileView = z.infer<typeof ReleasedFileView>;

export const ReleasedReportView = z.object({
  id: Id,
  text: z.string(),
  writtenAt: Timestamp,
  writtenBy: z.object({ id: Id, name: z.string() }),
  releasedAt: Timestamp,
});
export type ReleasedReportView = z.infer<typeof ReleasedReportView>;

export const RequirementView = z.object({
  id: Id,
  kind: RequirementKind,
  title: z.string(),
  instructions: z.string(),
  requiredCount: z.number().int(),
  dueAt: Timestamp.nullable(),
  handedIn: z.number().int(),
  complete: z.boolean(),
  files: z.array(FileView),
  report: z.object({ text: z.string(), writtenAt: Timestamp }).nullable(),
  /**
   * What earlier workers handed in before they came off the assignment (abandon, no-show): listed for company
   * members only, never counted in `handedIn`, `complete` or `missing`; empty for every worker.
   */
  releasedFiles: z.array(ReleasedFileView),
  releasedReports: z.array(ReleasedReportView),
});
export type RequirementView = z.infer<typeof RequirementView>;

export const ChecklistItemView = z.object({
  id: Id,
  text: z.string(),
  required: z.boolean(),
  done: z.boolean(),
  doneAt: Timestamp.nullable(),
});
export type ChecklistItemView = z.infer<typeof ChecklistItemView>;

export const CustomFieldView = z.object({
  id: Id,
  label: z.string(),
  type: CustomFieldType,
  choices: z.array(z.string()),
  required: z.boolean(),
  filledBy: FieldFiller,
  value: z.union([z.string(), z.number()]).nullable(),
  filledAt: Timestamp.nullable(),
  /** The caller may fill this field in now. */
  canFill: z.boolean(),
});
export type CustomFieldView = z.infer<typeof CustomFieldView>;

export const MissingItem = z.object({
  part: z.enum(["requirement", "checklist", "field"]),
  id: Id,
  label: z.string(),
  message: z.string(),
});
export type MissingItem = z.infer<typeof MissingItem>;

/** Everything handed in and still missing; invited workers see the definitions only, never files or values. */
export const DeliverablesView = z.object({
  requirements: z.array(RequirementView),
  checklist: z.array(ChecklistItemView),
  fields: z.array(CustomFieldView),
  /** What stops the worker from submitting, in the order shown. */
  missing: z.array(MissingItem),
  complete: z.boolean(),
  /** The caller may edit the definition now (company managers before submission). */
  canDefine: z.boolean(),
  /** The caller may hand work in now (the assigned worker while the work is live). */
  canHandIn: z.boolean(),
});
export type DeliverablesView = z.infer<typeof DeliverablesView>;

export const AttachmentList = z.object({ items: z.array(FileView), canAttach: z.boolean() });
export type AttachmentList = z.infer<typeof AttachmentList>;
