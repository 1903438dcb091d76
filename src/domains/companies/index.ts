import type { Domain } from "#platform/domain";
import { operations } from "./operations";
import { routes } from "./routes";

export type { CompanySettings, Industry } from "./contract";
export { DEMO_PASSWORD } from "./demo-password";
export { getCompanySettings, securesFunds } from "./queries";

export const companies: Domain = {
  name: "companies",
  tags: [
    {
      name: "companies",
      description: "A client company's profile (public to workers) and its settings (visible to its members).",
    },
  ],
  routes,
  operations,
  // Loaded only when seeding: the demo code and its name generator stay out of every server start.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
