/**
 * The upload limits, in one place for the server (platform/storage.ts enforces them) and the web (which states them
 * beside every file picker), so the limits a page shows are the limits the server applies.
 */

/** Per-file ceiling: photos from phones and scanned PDFs fit; videos do not belong here. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The allow-list, type → usual extension. The server decides a file's type by its first bytes; a declared type is only
 * believed where the bytes cannot tell (Office files are ZIP archives; text has no signature).
 */
export const allowedTypes = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/pdf": "pdf",
  "text/plain": "txt",
  "text/csv": "csv",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
} as const;
export type AllowedType = keyof typeof allowedTypes;
export const everyType = Object.keys(allowedTypes) as AllowedType[];
export const imageTypes: readonly AllowedType[] = ["image/jpeg", "image/png", "image/webp", "image/heic"];

const isAllowed = (type: string): type is AllowedType => type in allowedTypes;

/** "PDF", "PNG", "DOCX": a short name for a stored type; an unknown type is shown as it is. */
export function fileTypeLabel(contentType: string): string {
  return isAllowed(contentType) ? allowedTypes[contentType].toUpperCase() : contentType;
}

/** For an <input type="file" accept>: the types and their extensions (some systems know only one of the two). */
export function acceptAttribute(types: readonly AllowedType[]): string {
  return types.flatMap((type) => [type, `.${allowedTypes[type]}`]).join(",");
}

/** "Up to 10 MB: JPG, PNG, WEBP, HEIC." The limits as a person reads them. */
export function limitsText(types: readonly AllowedType[]): string {
  return `Up to ${formatFileSize(MAX_FILE_BYTES)}: ${types.map(fileTypeLabel).join(", ")}.`;
}

/** 512 bytes, 12 KB, 3.4 MB (1 KB = 1024 bytes, as the limit above is counted). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  }
  const [size, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / 1024 / 1024, "MB"];
  return `${size < 10 && !Number.isInteger(size) ? size.toFixed(1) : Math.round(size)} ${unit}`;
}
