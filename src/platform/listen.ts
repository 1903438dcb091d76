import type pg from "pg";
import type { Db } from "./db";

/**
 * LISTEN on a channel for the life of the process: on PostgreSQL through one dedicated connection of the pool (NOTIFY
 * reaches every process on the database, at commit), on PGlite through its own listen(). Answers how to stop, or null
 * when the driver offers neither (callers then poll).
 */
export async function listen(db: Db, channel: string, onNotify: () => void): Promise<(() => Promise<void>) | null> {
  if (!/^[a-z_]+$/.test(channel)) {
    throw new Error(`channel names are lower-case words: ${channel}`);
  }
  const client = (db as unknown as { $client?: unknown }).$client;
  if (isPool(client)) {
    const connection = await client.connect();
    connection.on("notification", (message) => {
      if (message.channel === channel) {
        onNotify();
      }
    });
    // A dropped connection ends the listening; the caller's poll keeps delivering meanwhile.
    connection.on("error", () => undefined);
    await connection.query(`LISTEN ${channel}`);
    return async () => {
      await connection.query(`UNLISTEN ${channel}`).catch(() => undefined);
      connection.release();
    };
  }
  if (isPglite(client)) {
    const stop = await client.listen(channel, onNotify);
    return () => stop();
  }
  return null;
}

function isPool(client: unknown): client is pg.Pool {
  return typeof client === "object" && client !== null && "totalCount" in client && "connect" in client;
}

interface ListensLikePglite {
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
}

function isPglite(client: unknown): client is ListensLikePglite {
  return typeof client === "object" && client !== null && "listen" in client && typeof client.listen === "function";
}
