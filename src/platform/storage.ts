import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type AllowedType, allowedTypes, imageTypes, MAX_FILE_BYTES } from "#shared/files";
import { Problem } from "#shared/problems";
import { loadConfig } from "./config";

/** The limits live in src/shared so the web states the same ones; the type is still decided by the bytes here. */
export { type AllowedType, allowedTypes, imageTypes, MAX_FILE_BYTES };

/** Where uploaded files live. Keys are made here, never from a client's file name. */
export interface Storage {
  /** Streams `source` to `key`; refuses past `maxBytes` (413) and leaves nothing behind on any failure. */
  put(key: string, source: Readable, options: { maxBytes: number }): Promise<{ size: number; sha256: string }>;
  /** Opens a stored file; 404 when its bytes are gone. */
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*){0,4}$/;

export function newStorageKey(prefix: string): string {
  return `${prefix}/${randomUUID()}`;
}

export function tooLarge(maxBytes: number): Problem {
  return new Problem("payload_too_large", `A file may be at most ${Math.floor(maxBytes / 1024 / 1024)} MB.`, {
    maxBytes,
  });
}

/** Local disk under one root. Writes go to a temporary name and are renamed, so a half-written file is never seen. */
export function createLocalStorage(root: string): Storage {
  const fileOf = (key: string) => {
    const resolved = path.resolve(root, key);
    if (!KEY.test(key) || !resolved.startsWith(`${path.resolve(root)}${path.sep}`)) {
      throw new Error(`invalid storage key: ${key}`);
    }
    return resolved;
  };
  return {
    async put(key, source, { maxBytes }) {
      const target = fileOf(key);
      const temporary = path.resolve(root, "tmp", randomUUID());
      await mkdir(path.dirname(target), { recursive: true });
      await mkdir(path.dirname(temporary), { recursive: true });
      const hash = createHash("sha256");
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > maxBytes) {
            done(tooLarge(maxBytes));
            return;
          }
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, counter, createWriteStream(temporary, { flags: "wx" }));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { size, sha256: hash.digest("hex") };
    },
    async get(key) {
      try {
        const handle = await open(fileOf(key), "r");
        return handle.createReadStream();
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") {
          throw new Problem("not_found", "The file's content is no longer stored.");
        }
        throw error;
      }
    },
    delete: (key) => rm(fileOf(key), { force: true }),
  };
}

let current: Storage | null = null;

/** The process's storage: `${WORKLANE_DATA_DIR}/files` unless a test or the start-up code chose another. */
export function storage(): Storage {
  current ??= createLocalStorage(path.resolve(loadConfig().WORKLANE_DATA_DIR, "files"));
  return current;
}

export function setStorage(chosen: Storage): void {
  current = chosen;
}

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, from: number, to: number) => head.subarray(from, to).toString("latin1");
const officeTypes: readonly AllowedType[] = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];
const heicBrands = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0 || head.includes(0)) {
    return false;
  }
  // A multi-byte character may be cut at the end of the sample; only the part before it must decode.
  const sample = head.subarray(0, Math.max(0, head.length - 4));
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample);
    return true;
  } catch {
    return false;
  }
}

/** The allowed type these bytes are, or null. `declared` and `fileName` only break ties the bytes leave open. */
export function detectType(head: Buffer, declared: string | null, fileName: string | null): AllowedType | null {
  const extension = fileName?.toLowerCase().split(".").pop() ?? "";
  const says = (type: AllowedType) => declared === type || extension === allowedTypes[type];
  if (startsWith(head, [0xff, 0xd8, 0xff])) {
    return "image/jpeg";
  }
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return "image/png";
  }
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") {
    return "image/webp";
  }
  if (ascii(head, 4, 8) === "ftyp" && heicBrands.has(ascii(head, 8, 12))) {
    return "image/heic";
  }
  if (ascii(head, 0, 5) === "%PDF-") {
    return "application/pdf";
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    return officeTypes.find(says) ?? null;
  }
  if (looksLikeText(head)) {
    if (says("text/csv") || declared === "application/csv") {
      return "text/csv";
    }
    const plain = declared === null || declared === "application/octet-stream" || declared === "text/plain";
    return plain && (declared === "text/plain" || extension === "txt" || extension === "") ? "text/plain" : null;
  }
  return null;
}

/** A file arriving in a request: its bytes and what the client claims about it (a display name, a type). */
export interface Upload {
  stream: Readable;
  fileName: string | null;
  declaredType: string | null;
  /** True when the source cut the file short at its own size limit (multipart does): refused as too large. */
  truncated?: () => boolean;
}

export interface StoredFile {
  key: string;
  contentType: AllowedType;
  size: number;
  sha256: string;
  /** For display and Content-Disposition only: never part of a path. */
  fileName: string;
}

const HEAD_BYTES = 64;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional controls: an override
 * such as U+202E shows "invoice\u202Efdp.exe" as "invoiceexe.pdf", so a name could pass for another type.
 */
const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"]/gu;

/** A display name: no directories, no control or bidi characters, bounded; the key on disk is random regardless. */
export function cleanFileName(name: string | null, type: AllowedType): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base.replace(UNSAFE_NAME_CHARACTERS, "").trim().slice(-120);
  return clean === "" || clean.startsWith(".") ? `file.${allowedTypes[type]}` : clean;
}

/**
 * Stores an upload if its bytes are an allowed type (415 otherwise) and it fits `maxBytes` (413 otherwise).
 * The type is read from the first bytes while the file streams to disk, so nothing is buffered whole.
 */
export async function storeUpload(
  upload: Upload,
  options: { prefix: string; maxBytes?: number; allowed?: readonly AllowedType[] },
): Promise<StoredFile> {
  const target = storage();
  const key = newStorageKey(options.prefix);
  let head = Buffer.alloc(0);
  const sniff = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (head.length < HEAD_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      }
      done(null, chunk);
    },
  });
  upload.stream.on("error", (error) => sniff.destroy(error));
  const written = await target.put(key, upload.stream.pipe(sniff), { maxBytes: options.maxBytes ?? MAX_FILE_BYTES });
  if (upload.truncated?.()) {
    await target.delete(key);
    throw tooLarge(options.maxBytes ?? MAX_FILE_BYTES);
  }
  if (written.size === 0) {
    await target.delete(key);
    throw new Problem("validation_failed", "The file is empty.");
  }
  const type = detectType(head, upload.declaredType, upload.fileName);
  const allowed = options.allowed ?? (Object.keys(allowedTypes) as AllowedType[]);
  if (!type || !allowed.includes(type)) {
    await target.delete(key);
    const names = allowed.map((t) => allowedTypes[t]).join(", ");
    throw new Problem("unsupported_media_type", `This file type is not accepted here; send one of: ${names}.`, {
      accepted: allowed,
    });
  }
  return { key, contentType: type, ...written, fileName: cleanFileName(upload.fileName, type) };
}
