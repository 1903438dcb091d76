export { webhookEventTypes } from "./contract";
export { provideWebhookSubject, type WebhookSubject, webhookEventHooks } from "./hooks";
export { jobs as webhookJobs } from "./jobs";
export { webhookDocument } from "./openapi";
export { operations as webhookOperations } from "./operations";
export { webhookRoutes } from "./routes";
