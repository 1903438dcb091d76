import { useState } from "react";
import { Button } from "./button";

/**
 * Cursor paging without a server-side offset: the cursors of the pages already seen are kept, so "Previous" steps
 * back. `reset` goes to the first page (call it when the filters change).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors[cursors.length - 1],
    page: cursors.length,
    next: (cursor: string | null | undefined) => {
      if (cursor) {
        setCursors((all) => [...all, cursor]);
      }
    },
    previous: () => setCursors((all) => (all.length > 1 ? all.slice(0, -1) : all)),
    reset: () => setCursors([undefined]),
  };
}

interface PagerProps {
  /** Names the navigation landmark, e.g. "Pages of assignments". */
  label: string;
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null | undefined;
}

export function Pager({ label, pages, nextCursor }: PagerProps) {
  if (pages.page === 1 && !nextCursor) {
    return null;
  }
  return (
    <nav className="pager" aria-label={label}>
      <Button size="small" disabled={pages.page < 2} onClick={pages.previous}>
        Previous
      </Button>
      <span className="muted small">Page {pages.page}</span>
      <Button size="small" disabled={!nextCursor} onClick={() => pages.next(nextCursor)}>
        Next
      </Button>
    </nav>
  );
}
