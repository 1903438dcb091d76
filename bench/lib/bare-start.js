// The floor `worklane start` is compared with (bench/scenarios/startup.ts): a Node process that opens the same
// database (PGlite on the same folder, or one `pg` connection to DATABASE_URL), runs SELECT 1, and answers /health.
import { createServer } from "node:http";

let close;
if (process.env.DATABASE_URL) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("SELECT 1");
  close = () => client.end();
} else {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(process.env.WORKLANE_DATA_DIR);
  await db.query("SELECT 1");
  close = () => db.close();
}
const server = createServer((_request, response) => response.end('{"status":"ok"}'));
server.listen(Number(process.env.PORT), "127.0.0.1");
process.once("SIGTERM", async () => {
  server.close();
  await close();
  process.exit(0);
});
