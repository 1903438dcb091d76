import type { Command } from "commander";
import { boot } from "../main";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("Apply the database migrations and exit")
    .action(async () => {
      const { database } = await boot();
      await database.close();
      process.stdout.write("Migrations applied.\n");
    });
}
