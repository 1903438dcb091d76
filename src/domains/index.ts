import { accounts } from "./accounts/index";

/**
 * THE registry: every domain once, in dependency order. It drives route mounting, job registration, start-up
 * work and demo seeding, and the architecture test enforces that a domain imports only those listed before it.
 */
export const domains = [
  accounts, // identity and tenancy: who the actor is, which company, which role
] as const;
