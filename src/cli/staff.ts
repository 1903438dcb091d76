import { StaffRole } from "#domains/accounts/contract";
import { createStaff } from "#domains/accounts/index";
import { newToken } from "#platform/crypto";
import { Email, Password, Text } from "#shared/fields";
import { boot } from "../main";

export async function runStaffCreate(options: { role: string; email: string; name: string; password?: string }) {
  const role = StaffRole.safeParse(options.role);
  const email = Email.safeParse(options.email);
  const name = Text(100).safeParse(options.name);
  const password = options.password ?? newToken().slice(0, 20);
  if (!role.success || !email.success || !name.success || !Password.safeParse(password).success) {
    process.stderr.write(
      "Give --role escalations|trust_safety|admin, a valid --email, and a password of 10+ characters.\n",
    );
    process.exit(2);
  }
  const { ctx, database } = await boot();
  try {
    const created = await createStaff(ctx, { email: email.data, name: name.data, password, role: role.data });
    process.stdout.write(`Created ${created.role} staff account ${created.email}\n`);
    if (!options.password) {
      process.stdout.write(`Password: ${password}\n`);
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
