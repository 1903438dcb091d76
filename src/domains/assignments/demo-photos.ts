/**
 * The demo's photos (issue 9): a submitted assignment asks for two photos of the finished work and the worker hands in
 * two real PNGs from assets/demo (480×360, drawn for the demo), through the same actions as the upload routes, so the
 * approval page shows pictures instead of "photos attached" with none.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { Ctx } from "#platform/context";
import { projectRoot } from "#platform/paths";
import { defineDeliverables } from "./deliverables/actions/define";
import { uploadDeliverableFile } from "./deliverables/actions/upload-file";
import { getDeliverables } from "./deliverables/queries";

export const demoPhotos = ["pos-counter.png", "network-rack.png", "rooftop-unit.png", "menu-boards.png"] as const;

/** The client asks for two photos of the finished work (before sending). */
export async function askForPhotos(ctx: Ctx, id: string): Promise<void> {
  await defineDeliverables(ctx, id, {
    requirements: [
      {
        kind: "photo",
        title: "Photos of the finished work",
        instructions: "One wide shot of the finished installation and one close-up of the labels or readings.",
        requiredCount: 2,
        dueAt: null,
      },
    ],
    checklist: [],
    fields: [],
  });
}

/** The assigned worker hands in two of the demo photos for each photo requirement still open. */
export async function handInPhotos(ctx: Ctx, id: string, random: () => number): Promise<void> {
  const open = (await getDeliverables(ctx, id)).requirements.filter((r) => r.kind === "photo" && !r.complete);
  for (const { id: requirementId } of open) {
    const first = Math.floor(random() * demoPhotos.length);
    for (const name of [demoPhotos[first], demoPhotos[(first + 1) % demoPhotos.length]]) {
      const bytes = await readFile(path.join(projectRoot, "assets", "demo", name ?? demoPhotos[0]));
      await uploadDeliverableFile(
        ctx,
        { id, requirementId },
        { stream: Readable.from([bytes]), fileName: name ?? null, declaredType: "image/png" },
      );
    }
  }
}
