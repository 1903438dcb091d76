import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface Received {
  id: string;
  type: string;
  body: string;
  /** True when the Standard Webhooks library accepted the signature with the secret the receiver holds. */
  verified: boolean;
  /** What this receiver answered. */
  status: number;
  headers: IncomingHttpHeaders;
}

/**
 * A webhook receiver on a loopback port, for tests, the browser journey and the benchmark: it verifies every
 * request's signature with the `standardwebhooks` library (the secret is set once the endpoint is created) and
 * answers what `answer` says (status, optional delay), counting requests.
 */
export async function startReceiver(
  answer: (n: number, id: string) => { status: number; delayMs?: number } = () => ({ status: 204 }),
) {
  const received: Received[] = [];
  let secret: string | null = null;
  let count = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const id = String(request.headers["webhook-id"] ?? "");
      let verified = false;
      try {
        new Webhook(secret ?? "").verify(body, request.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      count += 1;
      const { status, delayMs = 0 } = answer(count, id);
      const type = (() => {
        try {
          return String((JSON.parse(body) as { type?: string }).type);
        } catch {
          return "";
        }
      })();
      received.push({ id, type, body, verified, status, headers: request.headers });
      setTimeout(() => response.writeHead(status, { "content-type": "text/plain" }).end(`answered ${status}`), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    acceptSecret(value: string) {
      secret = value;
    },
    /** The webhook-ids this receiver answered 2xx, once per id. */
    deliveredIds: () => received.filter((r) => r.status >= 200 && r.status < 300).map((r) => r.id),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
