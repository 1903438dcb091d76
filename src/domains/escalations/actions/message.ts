import type { Ctx } from "#platform/context";
import { nextUpdateDue } from "../clocks";
import type { PostCaseMessage } from "../contract";
import { sideOf } from "../lifecycle";
import { caseView, lockCase } from "../scope";
import { notifyParties, saveCase } from "../steps";
import { escalationMessages } from "../tables";
import type { PostedCaseMessage } from "../views";

/**
 * Adds to the case conversation (issue 15, items 3 and 6). A party writes to the other party and the team; the team
 * writes to both (the first such message is the first response, each one an update that restarts the 2-business-day
 * clock) or leaves a private note only the team reads. Answers the case and the new message (its id names it when a
 * file is attached to it).
 */
export async function postCaseMessage(ctx: Ctx, id: string, input: PostCaseMessage): Promise<PostedCaseMessage> {
  return ctx.transaction(async (tx) => {
    const locked = await lockCase(tx, ctx.actor, id);
    const action = input.visibility === "team" ? "note" : locked.party === "team" ? "reply" : "message";
    const status = locked.check(action);
    const side = locked.party ? sideOf(locked.party) : null;
    if (ctx.actor.kind !== "user" || !side) {
      throw new Error("a case message needs a person");
    }
    const [inserted] = await tx
      .insert(escalationMessages)
      .values({
        caseId: id,
        authorId: ctx.actor.userId,
        authorSide: side,
        visibility: input.visibility,
        body: input.body,
        createdAt: ctx.now,
      })
      .returning({ id: escalationMessages.id });
    const clock =
      action === "reply"
        ? {
            firstResponseAt: locked.row.firstResponseAt ?? ctx.now,
            lastUpdateAt: ctx.now,
            nextUpdateDueAt: nextUpdateDue(ctx.now),
          }
        : {};
    // A note's text stays out of the history, which the parties may read; only that one was added.
    const row = await saveCase(tx, ctx, locked.row, {
      status,
      set: clock,
      event: action === "note" ? "escalation.note_added" : "escalation.message_posted",
      data: { side, visibility: input.visibility },
    });
    if (action !== "note") {
      await notifyParties(tx, ctx, row, {
        subject: `New message in your escalation case`,
        text: `${side === "team" ? "The Escalations Team" : `The ${side}`} wrote in the case:\n\n${input.body}`,
      });
    }
    const view = await caseView(tx, ctx, id);
    // The poster always reads their own message: a party's is for the parties, a note for the team that wrote it.
    const message = view.messages.find((m) => m.id === inserted?.id);
    if (!message) {
      throw new Error("the posted case message is not in the poster's view");
    }
    return { ...view, message };
  });
}
