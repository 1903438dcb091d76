import { z } from "zod";
import { Id, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";
import { PricingType, Schedule } from "../contract";
import { DefineDeliverables } from "../deliverables/contract";
import { PersonRef } from "../views/contract";

export const templateLimits = { name: 100, csvBytes: 1_048_576, csvRows: 500, perCompany: 500 } as const;

export const SaveTemplate = z.strictObject({
  /** The assignment to copy: its terms and deliverables, without its dates. */
  assignmentId: Id,
  name: Text(templateLimits.name),
});
export type SaveTemplate = z.infer<typeof SaveTemplate>;

/** What may differ from the template on the new draft: the dates (templates keep none) and the title. */
export const CreateFromTemplate = z.strictObject({
  title: Text(120).optional(),
  schedule: Schedule.nullable().optional(),
  deadline: Timestamp.nullable().optional(),
});
export type CreateFromTemplate = z.infer<typeof CreateFromTemplate>;

export const TemplateParams = z.strictObject({ id: Id });
export const ImportQuery = z.strictObject({
  /** Start each row from this template: its fields fill the cells a row leaves empty, its deliverables are copied. */
  templateId: Id.optional(),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

export const TemplateSummary = z.object({
  id: Id,
  name: z.string(),
  title: z.string(),
  pricingType: PricingType,
  createdBy: PersonRef,
  createdAt: Timestamp,
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateView = TemplateSummary.extend({
  /** The saved fields of a create-assignment body (POST /assignments), without schedule and deadline. */
  assignment: z.record(z.string(), z.unknown()),
  deliverables: DefineDeliverables,
});
export type TemplateView = z.infer<typeof TemplateView>;

export const TemplateList = z.object({ items: z.array(TemplateSummary) });
export type TemplateList = z.infer<typeof TemplateList>;

export const CellError = z.object({
  /** The CSV column the problem is in, or null for the row as a whole. */
  column: z.string().nullable(),
  message: z.string(),
});
export type CellError = z.infer<typeof CellError>;

/** Row by row: each row was created whole or not at all. */
export const ImportReport = z.object({
  rows: z.number().int(),
  created: z.array(z.object({ line: z.number().int(), assignmentId: Id, title: z.string() })),
  refused: z.array(z.object({ line: z.number().int(), errors: z.array(CellError) })),
});
export type ImportReport = z.infer<typeof ImportReport>;
