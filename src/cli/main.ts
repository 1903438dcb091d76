import { Command } from "commander";
import { registerDemo } from "./demo";
import { registerMigrate } from "./migrate";
import { registerStaff } from "./staff";
import { registerStart } from "./start";

const program = new Command("worklane").description("Worklane: the freelance management system");
registerStart(program);
registerMigrate(program);
registerDemo(program);
registerStaff(program);
await program.parseAsync(process.argv);
