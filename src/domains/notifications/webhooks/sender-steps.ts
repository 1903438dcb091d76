/**
 * The HTTP side of a delivery, one per process. The send job claims a delivery in its transaction and hands it here
 * after commit (platform/jobs.ts follow-up), so no transaction and no job loop waits on a receiver: a slow one holds
 * only its own slot, with a deadline (WORKLANE_WEBHOOKS_TIMEOUT_MS). Requests are signed with the Standard Webhooks
 * library; the connection goes to the address the guard checked (its `lookup`), never following redirects.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Webhook } from "standardwebhooks";
import { loadConfig } from "#platform/config";
import { createCtx } from "#platform/context";
import type { Db } from "#platform/db";
import type { Logger } from "#platform/log";
import { isPublicAddress, privateAddressesAllowed } from "./address-guard";
import { type AttemptOutcome, answeredOk, recordDelivered, recordOutcome, type Trigger } from "./delivery-steps";

/** At most this many requests in flight per process, and per endpoint (one slow receiver cannot take them all). */
const MAX_IN_FLIGHT = 64;
const MAX_PER_ENDPOINT = 16;
const KEEP_BODY = 2048;

export interface Send {
  deliveryId: string;
  endpointId: string;
  url: string;
  /** The current secret first; a rotated-out one still valid signs too (receivers may hold either). */
  secrets: string[];
  payload: string;
  trigger: Trigger;
  /** The job's clock when it claimed the delivery: the outcome is recorded at that time plus the real time spent. */
  claimedAt: Date;
}

/** The three Standard Webhooks headers; several signatures are separated by spaces. */
export function signedHeaders(send: Pick<Send, "deliveryId" | "secrets" | "payload">, at: Date) {
  return {
    "webhook-id": send.deliveryId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": send.secrets.map((s) => new Webhook(s).sign(send.deliveryId, at, send.payload)).join(" "),
  };
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) {
        callback(error, "", 0);
        return;
      }
      const refused = found.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (refused || found.length === 0) {
        callback(
          Object.assign(
            new Error(`refused: ${hostname} resolves to ${refused?.address ?? "nothing"}, a private address`),
            { code: "EREFUSED" },
          ),
          "",
          0,
        );
        return;
      }
      if (options.all) {
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, found);
      } else {
        callback(null, found[0]?.address ?? "", found[0]?.family ?? 4);
      }
    });
  };
}

interface Answer {
  status: number | null;
  body: string | null;
  error: string | null;
}

function post(url: URL, headers: Record<string, string>, payload: string, timeoutMs: number): Promise<Answer> {
  const allowPrivate = privateAddressesAllowed();
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !allowPrivate && !isPublicAddress(host)) {
    return Promise.resolve({ status: null, body: null, error: `refused: ${host} is a private address` });
  }
  return new Promise((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "user-agent": "Worklane-Webhooks/1" },
      lookup: guardedLookup(allowPrivate),
      agent: false,
    });
    const deadline = setTimeout(() => request.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    const done = (answer: Answer) => {
      clearTimeout(deadline);
      resolve(answer);
    };
    request.on("error", (error) => done({ status: null, body: null, error: error.message }));
    request.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
        if (body.length > KEEP_BODY) {
          response.destroy();
        }
      });
      const finish = () => done({ status: response.statusCode ?? null, body: body.slice(0, KEEP_BODY), error: null });
      response.on("end", finish);
      response.on("close", finish);
    });
    request.end(payload);
  });
}

interface Answered {
  db: Db;
  log: Logger;
  outcome: AttemptOutcome;
  endpointId: string;
  at: Date;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Outcomes recorded in one transaction at most: the answers that arrive while one batch is written form the next. */
const MAX_BATCH = 200;

class Sender {
  private readonly perEndpoint = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();
  private readonly answered: Answered[] = [];
  private writing = false;

  /** Whether one more request fits, beside `planned` ones (of this endpoint, and in all) about to start. */
  hasRoom(endpointId: string, plannedHere = 0, plannedAll = 0): boolean {
    return (
      this.running.size + plannedAll < MAX_IN_FLIGHT &&
      (this.perEndpoint.get(endpointId) ?? 0) + plannedHere < MAX_PER_ENDPOINT
    );
  }

  start(db: Db, log: Logger, send: Send): void {
    this.perEndpoint.set(send.endpointId, (this.perEndpoint.get(send.endpointId) ?? 0) + 1);
    const task = this.attempt(db, log, send)
      .catch((error: unknown) => log.error({ err: error, delivery: send.deliveryId }, "webhooks: recording failed"))
      .finally(() => {
        this.running.delete(task);
        const left = (this.perEndpoint.get(send.endpointId) ?? 1) - 1;
        if (left === 0) {
          this.perEndpoint.delete(send.endpointId);
        } else {
          this.perEndpoint.set(send.endpointId, left);
        }
      });
    this.running.add(task);
  }

  /** Resolves when every request this process started has been answered and recorded (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running]);
    }
  }

  private async attempt(db: Db, log: Logger, send: Send): Promise<void> {
    const started = Date.now();
    const headers = signedHeaders(send, new Date());
    const answer = await post(new URL(send.url), headers, send.payload, loadConfig().WORKLANE_WEBHOOKS_TIMEOUT_MS);
    const durationMs = Date.now() - started;
    const outcome: AttemptOutcome = {
      deliveryId: send.deliveryId,
      trigger: send.trigger,
      request: `POST ${send.url}\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}`)
        .join("\n")}`,
      responseStatus: answer.status,
      responseBody: answer.body,
      error: answer.error?.slice(0, 500) ?? null,
      durationMs,
    };
    const at = new Date(send.claimedAt.getTime() + durationMs);
    await new Promise<void>((resolve, reject) => {
      this.answered.push({ db, log, outcome, endpointId: send.endpointId, at, resolve, reject });
      this.write();
    });
  }

  /**
   * Records the answers gathered so far, one transaction per batch: the 2xx ones in bulk (recordDelivered), each
   * failure on its own (retry, give up, disable). A batch that cannot be written is left `sending`; its lease runs
   * out and the deliveries are tried again (same webhook-id).
   */
  private write(): void {
    if (this.writing) {
      return;
    }
    this.writing = true;
    void (async () => {
      while (this.answered.length > 0) {
        const first = this.answered[0] as Answered;
        const batch = this.answered.filter((a) => a.db === first.db).slice(0, MAX_BATCH);
        for (const item of batch) {
          this.answered.splice(this.answered.indexOf(item), 1);
        }
        try {
          await first.db.transaction(async (tx) => {
            const ok = batch.filter((a) => answeredOk(a.outcome));
            const latest = new Date(Math.max(0, ...ok.map((a) => a.at.getTime())));
            await recordDelivered(tx, latest, ok);
            for (const failed of batch.filter((a) => !answeredOk(a.outcome))) {
              await recordOutcome(tx, createCtx({ db: failed.db, log: failed.log, now: failed.at }), failed.outcome);
            }
          });
          for (const item of batch) {
            item.resolve();
          }
        } catch (error) {
          for (const item of batch) {
            item.reject(error);
          }
        }
      }
      this.writing = false;
    })();
  }
}

export const sender = new Sender();
