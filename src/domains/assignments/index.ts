import type { Domain } from "#platform/domain";
import { deliverablesRoutes } from "./deliverables/routes";
import { demo } from "./demo";
import { routes as inboxRoutes } from "./inbox/routes";
import { jobs } from "./jobs";
import { routes as listRoutes } from "./lists/routes";
import { requestsRoutes } from "./requests/routes";
import { routes } from "./routes";
import { templatesRoutes } from "./templates/routes";

export { holdAutoApproval, releaseAutoApproval } from "./actions/hold-auto-approval";
export { markPaid } from "./actions/mark-paid";
export type { AssignmentStatus, Party } from "./contract";
export { canSeeAssignmentHistory, lockForActor, visibleTo } from "./queries";
export type { AssignmentView } from "./views/contract";

export const assignments: Domain = {
  name: "assignments",
  routes: (app) => {
    routes(app);
    listRoutes(app);
    inboxRoutes(app);
    deliverablesRoutes(app);
    requestsRoutes(app);
    templatesRoutes(app);
  },
  jobs,
  demo,
};
