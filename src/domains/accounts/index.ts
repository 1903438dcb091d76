import type { Domain } from "#platform/domain";
import { routes } from "./routes";

export { createStaff } from "./actions/create-staff";
export { signUp } from "./actions/sign-up";
export { companyActor, resolveActor, userActor } from "./queries";

export const accounts: Domain = { name: "accounts", routes };
