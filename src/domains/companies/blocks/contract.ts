import { z } from "zod";
import { Id } from "#shared/fields";
import { Timestamp } from "#shared/time";

/** Which side of the pair chose the block: a worker blocking a company, or a company blocking a worker. */
export const blockSides = ["worker", "company"] as const;
export const BlockSide = z.enum(blockSides);

/**
 * What a caller sends to block: a worker names a company, a company member (admin or manager) names a worker. The
 * body carries exactly one of the two; which one is allowed depends on who calls, checked in the action.
 */
export const CreateBlock = z
  .strictObject({
    companyId: Id.optional().describe("The company a worker blocks."),
    workerId: Id.optional().describe("The worker a company blocks."),
  })
  .refine((body) => (body.companyId === undefined) !== (body.workerId === undefined), {
    message: "Name either companyId (as a worker) or workerId (as a company), not both.",
  });
export type CreateBlock = z.infer<typeof CreateBlock>;

/** A block as its own side sees it; the blocked side never reads it. */
export const BlockView = z.object({
  id: Id,
  blockedBy: BlockSide,
  company: z.object({ id: Id, name: z.string() }),
  worker: z.object({ id: Id, name: z.string() }),
  createdAt: Timestamp,
});
export type BlockView = z.infer<typeof BlockView>;

export const BlockList = z.object({ items: z.array(BlockView) });
export type BlockList = z.infer<typeof BlockList>;
