import type { Domain } from "#platform/domain";
import { operations } from "./operations";
import { routes } from "./routes";

export const history: Domain = {
  name: "history",
  tags: [
    {
      name: "history",
      description:
        "Every record's history of events (who did what, when, and what changed), read a page at a time by those " +
        "who may see the record.",
    },
  ],
  routes,
  operations,
};
