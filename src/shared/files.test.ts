import { describe, expect, it } from "vitest";
import { acceptAttribute, everyType, fileTypeLabel, formatFileSize, imageTypes, limitsText } from "./files";

describe("file limits as people read them", () => {
  it("sizes in bytes, KB and MB, counted in 1024s like the limit", () => {
    expect(formatFileSize(1)).toBe("1 byte");
    expect(formatFileSize(512)).toBe("512 bytes");
    expect(formatFileSize(1536)).toBe("1.5 KB");
    expect(formatFileSize(200 * 1024)).toBe("200 KB");
    expect(formatFileSize(3.45 * 1024 * 1024)).toBe("3.5 MB");
    expect(formatFileSize(10 * 1024 * 1024)).toBe("10 MB");
  });

  it("names types by their extension and states the limits", () => {
    expect(fileTypeLabel("application/pdf")).toBe("PDF");
    expect(fileTypeLabel("image/gif")).toBe("image/gif");
    expect(limitsText(imageTypes)).toBe("Up to 10 MB: JPG, PNG, WEBP, HEIC.");
    expect(limitsText(everyType)).toContain("PDF, TXT, CSV, DOCX, XLSX.");
    expect(acceptAttribute(["image/png", "application/pdf"])).toBe("image/png,.png,application/pdf,.pdf");
  });
});
