import { Command } from "commander";
import { DataFolderInUse } from "#platform/data-folder-lock";
import { registerDemo } from "./demo";
import { registerMigrate } from "./migrate";
import { registerStaff } from "./staff";
import { registerStart } from "./start";

const program = new Command("worklane").description("Worklane: the freelance management system");
registerStart(program);
registerMigrate(program);
registerDemo(program);
registerStaff(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Not a crash: the message says which process holds the data folder and what to do.
  if (error instanceof DataFolderInUse) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
