/** The report and maximum spend of a draft being typed, by the same rules as a saved one; reads, never writes. */
import { companyActor } from "#domains/accounts/index";
import { getCompanySettings } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import { completeness } from "../completeness";
import type { AssignmentDraftPreview } from "../contract";
import { maximumSpend } from "../pricing";
import type { AssignmentPreview } from "../views";

export async function previewAssignment(ctx: Ctx, draft: AssignmentDraftPreview): Promise<AssignmentPreview> {
  const actor = companyActor(ctx);
  const pricing = draft.pricing ?? null;
  const schedule = draft.schedule ?? null;
  const report = completeness({
    title: draft.title ?? "",
    description: draft.description ?? "",
    instructions: draft.instructions ?? "",
    industry: draft.industry ?? null,
    skills: draft.skills ?? [],
    locationType: draft.locationType ?? "onsite",
    hasLocation: Boolean(draft.location),
    hasOnsiteContact: Boolean(draft.onsiteContact),
    schedule: schedule
      ? {
          type: schedule.type,
          startsAt: new Date(schedule.startsAt),
          endsAt: schedule.endsAt ? new Date(schedule.endsAt) : null,
        }
      : null,
    deadline: draft.deadline ? new Date(draft.deadline) : null,
    pricing,
    deliverableCount: draft.deliverableCount ?? 0,
    now: ctx.now,
  });
  if (!pricing) {
    return { completeness: report, maximumSpend: null };
  }
  const currency = draft.currency ?? (await getCompanySettings(ctx.db, actor.companyId)).defaultCurrency;
  return { completeness: report, maximumSpend: { amount: maximumSpend(pricing), currency } };
}
