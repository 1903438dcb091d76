import type { Domain } from "#platform/domain";
import { demo } from "./demo";
import { routes } from "./routes";

export { getWorkerHomes, type WorkerHome } from "./queries";

export const workers: Domain = {
  name: "workers",
  tags: [
    {
      name: "workers",
      description:
        "A worker's profile: skills, service area and rates; the public part companies see when they invite.",
    },
  ],
  routes,
  demo,
};
