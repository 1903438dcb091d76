import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { downloadHeaders } from "./http/uploads";
import { cleanFileName, createLocalStorage, detectType, setStorage, storage, storeUpload } from "./storage";

const root = mkdtempSync(path.join(tmpdir(), "worklane-storage-"));
setStorage(createLocalStorage(root));
const files = () => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const upload = (buffer: Buffer, fileName: string | null, declaredType: string | null) => ({
  stream: Readable.from([buffer]),
  fileName,
  declaredType,
});

describe("detectType", () => {
  const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  // biome-ignore format: one case per line.
  const cases: [string, Buffer, string | null, string | null, string | null][] = [
    ["JPEG by its bytes whatever is declared", bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF"), "image/png", "a.png", "image/jpeg"],
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR"), null, null, "image/png"],
    ["WebP", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "), null, null, "image/webp"],
    ["HEIC", bytes([0, 0, 0, 24], "ftypheic", [0, 0, 0, 0]), "image/heic", "IMG_1.HEIC", "image/heic"],
    ["PDF", bytes("%PDF-1.7\n"), null, "x.bin", "application/pdf"],
    ["DOCX: a ZIP the client calls a Word file", bytes([0x50, 0x4b, 0x03, 0x04], "word/"), docx, "r.docx", docx],
    ["XLSX by extension", bytes([0x50, 0x4b, 0x03, 0x04]), "application/octet-stream", "sheet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["a ZIP that claims nothing is refused", bytes([0x50, 0x4b, 0x03, 0x04]), "application/zip", "a.zip", null],
    ["CSV", bytes("name,count\nBolts,3\n"), "text/csv", "a.csv", "text/csv"],
    ["plain text", bytes("Hello, world"), "text/plain", "notes.txt", "text/plain"],
    ["HTML calling itself text is refused", bytes("<script>alert(1)</script>"), "text/html", "x.html", null],
    ["text calling itself an image is refused", bytes("<svg onload=alert(1)>"), "image/png", "x.png", null],
    ["GIF is not on the list", bytes("GIF89a"), "image/gif", "a.gif", null],
    ["binary junk is refused", bytes([0x00, 0x01, 0x02, 0xfe]), "text/plain", "a.txt", null],
    ["an executable is refused", bytes("MZ", [0x90, 0x00]), "application/pdf", "x.pdf", null],
  ];
  for (const [name, head, declared, fileName, expected] of cases) {
    it(name, () => expect(detectType(head, declared, fileName)).toBe(expected));
  }
});

describe("local storage", () => {
  it("stores, reads back and deletes by key", async () => {
    const store = storage();
    const written = await store.put("tests/one", Readable.from([Buffer.from("hello")]), { maxBytes: 10 });
    expect(written).toMatchObject({ size: 5 });
    expect(written.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await text(await store.get("tests/one"))).toBe("hello");
    await store.delete("tests/one");
    await expect(store.get("tests/one")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses keys that could leave its folder", async () => {
    for (const key of ["../escape", "/etc/passwd", "a/../../b", "Upper/case", "a//b", ""]) {
      await expect(storage().put(key, Readable.from([Buffer.from("x")]), { maxBytes: 10 })).rejects.toThrow(
        /invalid storage key/,
      );
    }
  });

  it("refuses a stream past the limit with 413 and leaves nothing behind", async () => {
    const before = files().length;
    const big = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(storage().put("tests/big", big, { maxBytes: 1000 })).rejects.toMatchObject({
      code: "payload_too_large",
      status: 413,
    });
    expect(files().length).toBe(before);
  });
});

describe("storeUpload", () => {
  it("keeps an allowed file under a random key with a cleaned display name", async () => {
    const stored = await storeUpload(upload(bytes("%PDF-1.4 body"), "../../etc/pass\u0007wd.pdf", "application/pdf"), {
      prefix: "tests",
    });
    expect(stored).toMatchObject({ contentType: "application/pdf", size: 13, fileName: "passwd.pdf" });
    expect(stored.key).toMatch(/^tests\/[0-9a-f-]{36}$/);
    await storage().delete(stored.key);
  });

  it("refuses a type outside the route's allow-list with 415, and an empty file with 400, storing nothing", async () => {
    const before = files().length;
    await expect(
      storeUpload(upload(bytes("%PDF-1.4"), "a.pdf", "application/pdf"), { prefix: "tests", allowed: ["image/png"] }),
    ).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
    await expect(
      storeUpload(upload(Buffer.alloc(0), "a.txt", "text/plain"), { prefix: "tests" }),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      storeUpload({ ...upload(bytes("%PDF-1.4"), "a.pdf", null), truncated: () => true }, { prefix: "tests" }),
    ).rejects.toMatchObject({ status: 413 });
    expect(files().length).toBe(before);
  });
});

describe("download headers", () => {
  it("show images inline, everything else as an attachment, never sniffed", () => {
    expect(downloadHeaders({ contentType: "image/png", fileName: "façade.png", size: 3 })).toMatchObject({
      "content-disposition": `inline; filename="fa_ade.png"; filename*=UTF-8''fa%C3%A7ade.png`,
      "x-content-type-options": "nosniff",
    });
    expect(
      downloadHeaders({ contentType: "application/pdf", fileName: "a.pdf", size: 3 })["content-disposition"],
    ).toMatch(/^attachment;/);
    expect(cleanFileName("..", "image/png")).toBe("file.png");
    // A right-to-left override shows "invoice\u202Efdp.exe" as "invoiceexe.pdf"; every bidi control goes.
    expect(cleanFileName("invoice\u202Efdp.exe", "application/pdf")).toBe("invoicefdp.exe");
    expect(
      cleanFileName("a\u2066b\u2067c\u2068d\u2069e\u200ef\u200fg\u061ch\u202ai\u202bj\u202ck\u202dl.png", "image/png"),
    ).toBe("abcdefghijkl.png");
    expect(cleanFileName("tab\there\u0085nel\u009bcsi\u2028line\u2029para\u007f.png", "image/png")).toBe(
      "tabherenelcsilinepara.png",
    );
    expect(cleanFileName("café 😀 façade.png", "image/png")).toBe("café 😀 façade.png");
  });
});
