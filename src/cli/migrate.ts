import { boot } from "../main";

export async function runMigrate(): Promise<void> {
  const { database } = await boot();
  await database.close();
  process.stdout.write("Migrations applied.\n");
}
