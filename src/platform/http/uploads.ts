import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import multipart, { type MultipartFields, type SavedMultipartFile } from "@fastify/multipart";
import type { FastifyReply, FastifyRequest } from "fastify";
import { validatorCompiler as zodValidatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { Problem } from "#shared/problems";
import { imageTypes, MAX_FILE_BYTES, storage, tooLarge, type Upload } from "../storage";
import { honoursIdempotencyKey } from "./route-contract";
import type { App } from "./types";

/**
 * Registers multipart parsing in the calling (encapsulated) scope only: one file per request, few small fields.
 * The body schema of an upload route documents the form for OpenAPI; the action reads the stream, so the scope
 * validates params and query with Zod and leaves the body to `uploadOf`. An idempotent route's body is first read
 * whole (see `digestParts`), so its Idempotency-Key covers the file.
 */
export async function registerUploads(scope: App): Promise<void> {
  scope.setValidatorCompiler((route) =>
    route.httpPart === "body"
      ? (body: unknown) => ({ value: body })
      : zodValidatorCompiler(route as Parameters<typeof zodValidatorCompiler>[0]),
  );
  await scope.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 100 },
    throwFileSizeLimit: true,
  });
  scope.addHook("preValidation", digestParts);
}

/**
 * The idempotency hook (platform/idempotency.ts) runs before the handler and hashes `request.body`, but a multipart
 * body is a stream the handler reads later. So when an idempotent route gets an Idempotency-Key, the parts are read
 * first, the file to a temporary file (@fastify/multipart deletes it once the response ends or the client goes),
 * and the body becomes a digest of every part, the file's bytes by their SHA-256: the same key with other bytes is
 * then refused like another JSON body, and a replay stores nothing. Without the header the file streams as before.
 */
async function digestParts(request: FastifyRequest): Promise<void> {
  const keyed = request.headers["idempotency-key"] !== undefined && honoursIdempotencyKey(request.routeOptions);
  if (!keyed || !request.isMultipart()) {
    return;
  }
  const saved = await request.saveRequestFiles().catch((error: unknown) => {
    throw multipartProblem(error);
  });
  const files = [];
  for (const file of saved.files) {
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of createReadStream(file.filepath)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    files.push({ part: file.fieldname, name: file.filename, type: file.mimetype, size, sha256: hash.digest("hex") });
  }
  // `values` holds every part read so far, the file's too; only the plain fields add to the digest.
  const fields = Object.values(saved.values as MultipartFields)
    .flat()
    .flatMap((part) => (part?.type === "field" ? [[part.fieldname, String(part.value)]] : []))
    .sort();
  request.body = { files, fields };
}

/** The `file` part of a multipart request (multipart/form-data, field name `file`) as an Upload. */
export async function uploadOf(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new Problem("unsupported_media_type", "Send the file as multipart/form-data with a part named `file`.");
  }
  if (request.savedRequestFiles) {
    return savedUpload(request.savedRequestFiles[0]);
  }
  const part = await request.file().catch((error: unknown) => {
    throw multipartProblem(error);
  });
  if (part?.fieldname !== "file") {
    throw fileRequired();
  }
  const stream = part.file;
  // busboy cuts an oversize file at the limit and marks it truncated; storeUpload refuses it with 413.
  const guarded = new PassThrough();
  stream.on("error", (error) => guarded.destroy(multipartProblem(error)));
  return {
    stream: stream.pipe(guarded),
    fileName: part.filename || null,
    declaredType: part.mimetype || null,
    truncated: () => stream.truncated,
  };
}

const fileRequired = () =>
  new Problem("validation_failed", "Send the file in a multipart part named `file`.", {}, [
    { pointer: "/body/file", message: "A file is required." },
  ]);

/** Opens the file on the first read: an action that refuses before reading (not found, wrong state) opens nothing. */
async function* readLazily(filepath: string): AsyncGenerator<Buffer> {
  yield* createReadStream(filepath);
}

/**
 * A file `digestParts` already read whole: it streams from the temporary file, cut at no limit (it fitted). The
 * file is opened only when read: @fastify/multipart deletes it when the response ends, so opening it eagerly leaked
 * a handle when the action refused first, or threw ENOENT with no listener (the process died) when it lost the race.
 */
function savedUpload(file: SavedMultipartFile | undefined): Upload {
  if (file?.fieldname !== "file") {
    throw fileRequired();
  }
  return {
    stream: Readable.from(readLazily(file.filepath), { objectMode: false }),
    fileName: file.filename || null,
    declaredType: file.mimetype || null,
  };
}

function multipartProblem(error: unknown): Error {
  const code = (error as { code?: unknown })?.code;
  if (code === "FST_REQ_FILE_TOO_LARGE") {
    return tooLarge(MAX_FILE_BYTES);
  }
  if (typeof code === "string" && /^FST_(PARTS|FILES|FIELDS)_LIMIT$/.test(code)) {
    return new Problem("payload_too_large", "Send one file and at most five short fields per request.");
  }
  if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") {
    return new Problem("unsupported_media_type", "Send the file as multipart/form-data.");
  }
  // The server's own trouble (a full disk writing the temporary file) stays a 500.
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    return error as Error;
  }
  // Everything else is the parser refusing the body: no boundary, a malformed part, a body that ends early.
  const reason = error instanceof Error ? error.message : String(error);
  return new Problem("bad_request", `The multipart body could not be read (${reason.slice(0, 200)}).`);
}

/** Headers for serving a stored file: the stored type, never sniffed, shown inline only for images. */
export function downloadHeaders(file: { contentType: string; fileName: string; size: number }) {
  const inline = (imageTypes as readonly string[]).includes(file.contentType) && file.contentType !== "image/heic";
  const fallback = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return {
    "content-type": file.contentType,
    "content-length": String(file.size),
    "content-disposition": `${inline ? "inline" : "attachment"}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "cache-control": "private, max-age=0, must-revalidate",
  };
}

/** Streams a stored file as the response, with the headers above. */
export async function sendStored(
  reply: FastifyReply,
  file: { storageKey: string; contentType: string; fileName: string; size: number },
): Promise<FastifyReply> {
  const stream = await storage().get(file.storageKey);
  return reply.headers(downloadHeaders(file)).send(stream);
}

/** Sends bytes made for this answer (an invoice PDF) as a download, with the same headers as a stored file. */
export function sendBytes(reply: FastifyReply, file: { bytes: Buffer; contentType: string; fileName: string }) {
  return reply.headers(downloadHeaders({ ...file, size: file.bytes.length })).send(file.bytes);
}

/** The OpenAPI description of an upload: the route reads the stream itself, so this body is never parsed as JSON. */
export const uploadSchema = {
  consumes: ["multipart/form-data"],
  body: z.object({
    file: z.string().meta({
      format: "binary",
      description: `The file (one per request, at most ${MAX_FILE_BYTES / 1024 / 1024} MB). Its type is read from its bytes.`,
    }),
  }),
};

/** The OpenAPI description of a download: the stored bytes with their own Content-Type. */
export const downloadResponse = {
  description: "The file's bytes, with its stored Content-Type and a Content-Disposition naming it.",
  content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
};
