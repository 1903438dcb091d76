import { Command } from "commander";

// Each command's code is imported only when that command runs: `worklane --help` loads commander and nothing else.
const program = new Command("worklane").description("Worklane: the freelance management system");

program
  .command("start")
  .description("Build the web bundle if missing, migrate, and serve Worklane")
  .option("--demo", "fill the database with demo data first (skipped when it already has some)")
  .option("--rebuild", "rebuild the web bundle even if it exists")
  .option("--no-build", "never build the web bundle (API-only processes, tests); pages answer with a hint instead")
  .action(async (options: { demo?: boolean; rebuild?: boolean; build: boolean }) => {
    await (await import("./start")).runStart(options);
  });

program
  .command("migrate")
  .description("Apply the database migrations and exit")
  .action(async () => {
    await (await import("./migrate")).runMigrate();
  });

program
  .command("demo")
  .description("Fill the database with a believable demo marketplace")
  .option("--seed <n>", "random seed (same seed, same data)", "1")
  .option("--scale <n>", "multiplies the amount of data", "1")
  .action(async (options: { seed: string; scale: string }) => {
    const { runDemo } = await import("./demo");
    await runDemo({ seed: Number(options.seed) || 1, scale: Math.max(0.1, Number(options.scale) || 1) });
  });

program
  .command("staff")
  .description("Manage Worklane platform staff")
  .command("create")
  .description("Create a staff account (escalations, trust_safety or admin)")
  .requiredOption("--role <role>", "escalations | trust_safety | admin")
  .requiredOption("--email <email>", "login email")
  .option("--name <name>", "display name", "Worklane Staff")
  .option("--password <password>", "password (generated and printed when omitted)")
  .action(async (options: { role: string; email: string; name: string; password?: string }) => {
    await (await import("./staff")).runStaffCreate(options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Not a crash: the message says which process holds the data folder and what to do (platform/data-folder-lock.ts;
  // matched by name, so this file imports nothing more than commander).
  if (error instanceof Error && error.name === "DataFolderInUse") {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
