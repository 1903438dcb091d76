import type { Domain } from "#platform/domain";
import { routes } from "./routes";

export const history: Domain = { name: "history", routes };
