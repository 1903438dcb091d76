/** Requirement sets on an assignment (issue 12): attach one, read a worker's checks, override for one worker. */
import { z } from "zod";
import { RequirementResult } from "#domains/talent/contract";
import { Id, Text } from "#shared/fields";

export const AttachRequirementSet = z.strictObject({
  /** The company's own set; null takes the set off (anyone sent the assignment may accept). */
  requirementSetId: Id.nullable(),
});
export type AttachRequirementSet = z.infer<typeof AttachRequirementSet>;

export const AssignmentRequirementSet = z.object({
  assignmentId: Id,
  requirementSet: z.object({ id: Id, name: z.string() }).nullable(),
});
export type AssignmentRequirementSet = z.infer<typeof AssignmentRequirementSet>;

export const RequirementsQuery = z.strictObject({
  /** Client companies name the worker to check; a worker is always checked as themselves. */
  workerId: Id.optional(),
});

export const OverrideRequirements = z.strictObject({ workerId: Id, reason: Text(500) });
export type OverrideRequirements = z.infer<typeof OverrideRequirements>;

export { RequirementResult };
