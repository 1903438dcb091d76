type Tone = "neutral" | "info" | "success" | "warning" | "danger";

const toneByStatus: Record<string, Tone> = {
  pending: "warning",
  active: "success",
  accepted: "success",
  published: "success",
  revoked: "danger",
  expired: "neutral",
  suspended: "danger",
  draft: "neutral",
};

/** A status in words (never colour alone); the tone follows the status unless given. */
export function StatusBadge({ status, label, tone }: { status: string; label?: string; tone?: Tone }) {
  const chosen = tone ?? toneByStatus[status] ?? "info";
  const words = status.replaceAll("_", " ");
  const text = label ?? words.charAt(0).toUpperCase() + words.slice(1);
  return <span className={`badge badge--${chosen}`}>{text}</span>;
}
