import type { Domain } from "#platform/domain";
import { demo } from "./demo";
import { routes } from "./routes";

export { getWorkerHomes, type WorkerHome } from "./queries";

export const workers: Domain = { name: "workers", routes, demo };
