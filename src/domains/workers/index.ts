import type { Domain } from "#platform/domain";
import { operations } from "./operations";
import { routes } from "./routes";

export { getWorkerHomes, type WorkerHome } from "./queries";
export { skillKeysOf } from "./skill-keys";

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
  operations,
  // Loaded only when seeding: the demo code and its name generator stay out of every server start.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
