import type { Domain } from "#platform/domain";
import { demo } from "./demo";
import { routes } from "./routes";

export type { CompanySettings, Industry } from "./contract";
export { DEMO_PASSWORD } from "./demo";
export { getCompanySettings } from "./queries";

export const companies: Domain = {
  name: "companies",
  tags: [
    {
      name: "companies",
      description: "A client company's profile (public to workers) and its settings (visible to its members).",
    },
  ],
  routes,
  demo,
};
