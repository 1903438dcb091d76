import { type FieldError, type ProblemCode, type ProblemDocument, problemCodes } from "#shared/problems";

/** Any non-2xx answer, read from the server's problem document (RFC 9457) or made up when there was none. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  readonly document: Partial<ProblemDocument>;

  constructor(status: number, code: ProblemCode, detail: string, document: Partial<ProblemDocument> = {}) {
    super(detail);
    this.name = "ProblemError";
    this.status = status;
    this.code = code;
    this.title = document.title ?? problemCodes[code].title;
    this.detail = detail;
    this.errors = Array.isArray(document.errors) ? document.errors : [];
    this.requestId = document.requestId;
    this.document = document;
  }
}

export function isProblem(error: unknown, code?: ProblemCode): error is ProblemError {
  return error instanceof ProblemError && (code === undefined || error.code === code);
}
