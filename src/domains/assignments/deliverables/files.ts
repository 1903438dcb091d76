import type { FileView, ReleasedFileView, ReleasedReportView } from "./contract";

/** The columns of an `assignment_files` row that its view reads (pure: the rows come from queries.ts). */
export interface FileRowFields {
  id: string;
  assignmentId: string;
  requirementId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  caption: string | null;
  uploadedBy: string;
  createdAt: Date;
  releasedAt: Date | null;
}

export interface ReleasedReportFields {
  id: string;
  requirementId: string;
  text: string;
  writtenAt: Date;
  writtenBy: string;
  releasedAt: Date;
}

export const fileUrl = (file: Pick<FileRowFields, "id" | "assignmentId" | "requirementId">) =>
  file.requirementId
    ? `/api/v1/assignments/${file.assignmentId}/deliverables/requirements/${file.requirementId}/files/${file.id}`
    : `/api/v1/assignments/${file.assignmentId}/attachments/${file.id}`;

export function toFileView(file: FileRowFields, uploaderName: string): FileView {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    caption: file.caption,
    uploadedAt: file.createdAt.toISOString(),
    uploadedBy: { id: file.uploadedBy, name: uploaderName },
    url: fileUrl(file),
  };
}

export interface ReleasedWork {
  files: ReleasedFileView[];
  reports: ReleasedReportView[];
}

/** Released files and reports (with their author's name) grouped by requirement, in the order given. */
export function groupReleased(
  files: { file: FileRowFields; name: string }[],
  reports: { report: ReleasedReportFields; name: string }[],
): Map<string, ReleasedWork> {
  const byRequirement = new Map<string, ReleasedWork>();
  const entry = (requirementId: string) => {
    const found = byRequirement.get(requirementId) ?? { files: [], reports: [] };
    byRequirement.set(requirementId, found);
    return found;
  };
  for (const { file, name } of files) {
    if (file.requirementId && file.releasedAt) {
      entry(file.requirementId).files.push({ ...toFileView(file, name), releasedAt: file.releasedAt.toISOString() });
    }
  }
  for (const { report, name } of reports) {
    entry(report.requirementId).reports.push({
      id: report.id,
      text: report.text,
      writtenAt: report.writtenAt.toISOString(),
      writtenBy: { id: report.writtenBy, name },
      releasedAt: report.releasedAt.toISOString(),
    });
  }
  return byRequirement;
}
