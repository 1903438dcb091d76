/** A polite "loading" line: announced once, with a spinner that respects reduced motion (see styles.css). */
export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
