import type { Domain } from "#platform/domain";
import { jobs } from "./jobs";
import { operations } from "./operations";
import { routes } from "./routes";

export { createAccount, type NewAccount } from "./actions/create-account";
export { createStaff } from "./actions/create-staff";
export { renameCompany } from "./actions/rename-company";
export { signUp } from "./actions/sign-up";
export {
  type LookupRead,
  lookupReadOf,
  provideLookupRead,
  resolveActor,
} from "./credential-steps";
export { companyActor, firstDemoLogins, userActor } from "./queries";

export const accounts: Domain = {
  name: "accounts",
  tags: [
    {
      name: "accounts",
      description:
        "Sign-up, log-in and sessions, your own account, API keys, and a company's team: members, roles and invitations.",
    },
    { name: "staff", description: "Worklane staff tools: finding any user or company. Staff accounts only." },
  ],
  routes,
  jobs,
  operations,
};
