import { diffLines } from "diff";

type Row = { kind: "added" | "removed" | "same"; text: string } | { kind: "skipped"; count: number };

const CONTEXT = 2;

/** Lines of a diff, with long unchanged stretches folded to a few lines of context on each side. */
function rowsOf(before: string, after: string): Row[] {
  const parts = diffLines(before, after);
  return parts.flatMap((part, index): Row[] => {
    const lines = part.value.replace(/\n$/, "").split("\n");
    if (part.added || part.removed) {
      return lines.map((text) => ({ kind: part.added ? "added" : "removed", text }));
    }
    const head = index === 0 ? 0 : CONTEXT;
    const tail = index === parts.length - 1 ? 0 : CONTEXT;
    if (lines.length <= head + tail + 1) {
      return lines.map((text) => ({ kind: "same", text }));
    }
    return [
      ...lines.slice(0, head).map((text): Row => ({ kind: "same", text })),
      { kind: "skipped", count: lines.length - head - tail },
      ...lines.slice(lines.length - tail).map((text): Row => ({ kind: "same", text })),
    ];
  });
}

const markers = { added: "+", removed: "−", same: " " } as const;
const spoken = { added: "Added: ", removed: "Removed: ", same: "" } as const;

/**
 * What changed between two texts, line by line. Added and removed lines say so in words for screen readers
 * and carry a +/− marker, so the meaning never rests on colour.
 */
export function LineDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const rows = rowsOf(before, after);
  if (!rows.some((row) => row.kind === "added" || row.kind === "removed")) {
    return <p className="muted">The text did not change.</p>;
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so keyboard users must be able to focus it (axe scrollable-region-focusable).
    <ol className="diff" aria-label={label} tabIndex={0}>
      {rows.map((row, index) =>
        row.kind === "skipped" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff rows have no identity beyond their position.
          <li key={index} className="diff__line diff__line--skipped">
            … {row.count} unchanged {row.count === 1 ? "line" : "lines"} …
          </li>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff rows have no identity beyond their position.
          <li key={index} className={`diff__line diff__line--${row.kind}`}>
            <span className="diff__marker" aria-hidden="true">
              {markers[row.kind]}
            </span>
            {spoken[row.kind] ? <span className="visually-hidden">{spoken[row.kind]}</span> : null}
            <span className="diff__text">{row.text || "\u00a0"}</span>
          </li>
        ),
      )}
    </ol>
  );
}
