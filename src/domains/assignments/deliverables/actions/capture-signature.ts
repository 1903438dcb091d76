import { Readable } from "node:stream";
import type { Ctx } from "#platform/context";
import type { CaptureSignature, FileView } from "../contract";
import { handInFile } from "../upload-steps";

/**
 * A signature drawn on the worker's screen (the customer signs on site), sent as an image data URL and stored as an
 * image file like any upload, so it is checked, downloaded and counted the same way.
 */
export function captureSignature(
  ctx: Ctx,
  params: { id: string; requirementId: string },
  input: CaptureSignature,
): Promise<FileView> {
  const [header = "", base64 = ""] = input.dataUrl.split(",", 2);
  const declaredType = header.slice("data:".length, header.indexOf(";"));
  const extension = declaredType.split("/")[1] ?? "png";
  return handInFile(
    ctx,
    params,
    {
      stream: Readable.from([Buffer.from(base64, "base64")]),
      fileName: `signature.${extension === "jpeg" ? "jpg" : extension}`,
      declaredType,
    },
    { caption: input.signerName, kind: "signature", action: "captureSignature" },
  );
}
