/**
 * One Idempotency-Key per intent. Every POST carries a fresh key, except one that repeats a POST whose answer never
 * arrived (the connection failed): that one carries the same key again, so "try again" after a dropped connection
 * cannot create or pay twice on the routes that honour keys (creates and money). Any answer settles the intent.
 */
const unanswered = new Map<string, { key: string; at: number }>();
/** Well inside the 48 hours the server keeps a key. */
const REMEMBER_MS = 12 * 3_600_000;

function freshKey(): string {
  // getRandomValues also works on plain-http deployments, where crypto.randomUUID does not exist.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * cyrb53: a 53-bit fingerprint, so the map holds no request bodies (a failed sign-in's password). Only the few
 * unsettled intents of one tab are ever compared, so a collision is not a practical concern.
 */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A new session (sign-in, sign-up, sign-out) starts with no unsettled intents: they belonged to the previous one. */
export function forgetIntents(): void {
  unanswered.clear();
}

/**
 * The key for this request, and how to report its outcome; GETs and other methods carry none. `body` describes
 * what was sent (see api-middleware.ts), so the same click again is recognised.
 */
export function intentFor(method: string, url: string, body: string) {
  if (method !== "POST") {
    return null;
  }
  const intent = fingerprint(`${url}\n${body}`);
  const now = Date.now();
  for (const [old, { at }] of unanswered) {
    if (now - at >= REMEMBER_MS) {
      unanswered.delete(old);
    }
  }
  const earlier = unanswered.get(intent);
  const key = earlier?.key ?? freshKey();
  return {
    key,
    /** The server settled it (a success or a 4xx): the next identical POST is a new intent. */
    answered: () => unanswered.delete(intent),
    /** The outcome is unknown: the next identical POST may be the same intent, retried. */
    unanswered: () => unanswered.set(intent, { key, at: now }),
  };
}
