import { useEffect, useRef } from "react";

/** The form-level message after a failed submit; focused so keyboard and screen-reader users land on it. */
export function FormProblem({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && ref.current && !ref.current.closest("form")?.querySelector("[aria-invalid='true']")) {
      ref.current.focus();
    }
  }, [message]);
  if (!message) {
    return null;
  }
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      {message}
    </div>
  );
}
