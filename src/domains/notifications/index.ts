import type { Domain } from "#platform/domain";
import { jobs } from "./jobs";
import { operations } from "./operations";
import { routes } from "./routes";

export type { NotificationType } from "./contract";
export { type Notice, notify } from "./steps";

export const notifications: Domain = {
  name: "notifications",
  tags: [
    {
      name: "notifications",
      description:
        "Telling people what happened: the in-app inbox and its live stream, email, and each person's preferences. " +
        "Callers (the domains above) pass the content; notifications only delivers it.",
    },
  ],
  routes,
  operations,
  jobs,
};
