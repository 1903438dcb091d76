import { installEventHooks } from "#platform/history";
import { accounts } from "./accounts/index";
import { assignments } from "./assignments/index";
import { companies } from "./companies/index";
import { escalations } from "./escalations/index";
import { history } from "./history/index";
import { messages } from "./messages/index";
import { moderation } from "./moderation/index";
import { notifications } from "./notifications/index";
import { payments } from "./payments/index";
import { places } from "./places/index";
import { policies } from "./policies/index";
import { ratings } from "./ratings/index";
import { talent } from "./talent/index";
import { workers } from "./workers/index";

/**
 * THE registry: every domain once, in dependency order. It drives route mounting, job registration, start-up
 * work and demo seeding, and the architecture test enforces that a domain imports only those listed before it.
 */
export const domains = [
  accounts, // identity and tenancy: who the actor is, which company, which role
  policies, // versions and acceptance; requirePolicies() for everyone above
  places, // geocoding site and home addresses from an offline data set of world cities
  companies, // company profile and settings
  workers, // worker profile
  notifications, // in-app inbox, email, preferences; callers pass the content, it only delivers
  talent, // credentials and requirement sets; assignments checks its sets through talent/index.ts
  assignments, // the work: routing, lifecycle, completeness, cancellation
  messages, // questions, the assignment thread, notes, response times
  payments, // the ledger, funding, invoices on approval, payouts; marks assignments paid through their hooks
  ratings, // double-blind ratings and the scorecards, kept from the events below it (event hooks)
  escalations, // dispute cases about assignments: pauses auto-approval and auto-pay through their hooks, settles in the ledger
  moderation, // Trust & Safety: reports, sanctions and appeals; enforces sanctions through the platform's standing check
  history, // last: reading a record's history asks the record's own domain who may see it
] as const;

// Domains keep state about the records of those below them in the same transaction as their events (ratings'
// scorecards), without the lower domain importing them.
installEventHooks(domains.flatMap((domain) => domain.eventHooks ?? []));
