/**
 * The SSRF rule for webhook endpoints (issue 13 item 7): only http(s), and only public addresses. Checked when an
 * endpoint is saved (a clear 422) and again for every delivery, on the very address the connection uses (the
 * sender's `lookup`), so a name that resolves elsewhere later (DNS rebinding) is refused too.
 * `WORKLANE_WEBHOOKS_ALLOW_PRIVATE=true` allows private, loopback and link-local addresses: development and tests.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { loadConfig } from "#platform/config";
import { Problem } from "#shared/problems";

export function privateAddressesAllowed(): boolean {
  return loadConfig().WORKLANE_WEBHOOKS_ALLOW_PRIVATE;
}

/** True for a globally routable unicast address; every private, loopback, link-local, reserved range is false. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) {
    return false;
  }
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}

export type AddressRefusal = "scheme" | "credentials" | "private_address" | "unresolvable";

/** Name lookups made just before (resolveAhead), kept 30 s: the check inside the request's transaction reuses them. */
const resolved = new Map<string, { addresses: string[] | null; until: number }>();
const RESOLVED_MS = 30_000;

async function addressesOf(host: string): Promise<string[] | null> {
  if (isIP(host)) {
    return [host];
  }
  const known = resolved.get(host);
  if (known && known.until > Date.now()) {
    return known.addresses;
  }
  const addresses = await lookup(host, { all: true, verbatim: true }).then(
    (found) => found.map((a) => a.address),
    () => null,
  );
  resolved.set(host, { addresses, until: Date.now() + RESOLVED_MS });
  if (resolved.size > 1000) {
    resolved.delete(resolved.keys().next().value as string);
  }
  return addresses;
}

/**
 * Resolves a request body's `url` before anything else (the routes' preValidation hook): a keyed POST holds its
 * transaction from preHandler on, and on PGlite that is the one connection, so a slow resolver must not run inside it.
 */
export async function resolveAhead(body: unknown): Promise<void> {
  const raw = body && typeof body === "object" && "url" in body ? body.url : undefined;
  if (typeof raw === "string" && URL.canParse(raw.trim())) {
    await addressesOf(new URL(raw.trim()).hostname.replace(/^\[|\]$/g, ""));
  }
}

/** Why this URL may not receive webhooks now, or null; resolves the host name (every address must be public). */
export async function refusalOf(url: URL, allowPrivate = privateAddressesAllowed()): Promise<AddressRefusal | null> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return "scheme";
  }
  if (url.username || url.password) {
    return "credentials";
  }
  const addresses = await addressesOf(url.hostname.replace(/^\[|\]$/g, ""));
  if (!addresses || addresses.length === 0) {
    return "unresolvable";
  }
  return allowPrivate || addresses.every(isPublicAddress) ? null : "private_address";
}

/** The action's check: a problem with its own code for each refusal, pointing at the URL field. */
export async function checkEndpointUrl(raw: string): Promise<void> {
  const refusal = await refusalOf(new URL(raw));
  if (!refusal) {
    return;
  }
  const errors = (message: string) => [{ pointer: "/body/url", message }];
  if (refusal === "scheme" || refusal === "credentials") {
    const message =
      refusal === "scheme" ? "Use an http:// or https:// address." : "Leave the user name and password out of the URL.";
    throw new Problem("webhook_url_not_allowed", message, { reason: refusal }, errors(message));
  }
  if (refusal === "private_address") {
    const message = "This address is private, loopback or link-local; webhooks go to public addresses only.";
    throw new Problem("webhook_url_private", message, { reason: refusal }, errors(message));
  }
  const message = "This host name does not resolve; check the address.";
  throw new Problem("webhook_url_unresolvable", message, { reason: refusal }, errors(message));
}
