import type { Domain } from "#platform/domain";
import { demo } from "./demo";
import { routes } from "./routes";

export type { CompanySettings, Industry } from "./contract";
export { DEMO_PASSWORD } from "./demo";
export { getCompanySettings } from "./queries";

export const companies: Domain = { name: "companies", routes, demo };
