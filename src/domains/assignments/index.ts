import type { Domain } from "#platform/domain";
import { deliverablesRoutes } from "./deliverables/routes";
import { demo } from "./demo";
import { jobs } from "./jobs";
import { requestsRoutes } from "./requests/routes";
import { routes } from "./routes";
import { templatesRoutes } from "./templates/routes";

export type { AssignmentStatus, Party } from "./contract";
export { holdAutoApproval, markPaid, releaseAutoApproval } from "./hooks";
export { canSeeAssignmentHistory, lockForActor, visibleTo } from "./scope";
export type { AssignmentView } from "./views";

export const assignments: Domain = {
  name: "assignments",
  routes: (app) => {
    routes(app);
    deliverablesRoutes(app);
    requestsRoutes(app);
    templatesRoutes(app);
  },
  jobs,
  demo,
};
