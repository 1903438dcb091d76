/** The staff admin the web server command creates before starting, so the staff journey can log in. */
export const STAFF_ADMIN = { email: "staff-admin@e2e.worklane.test", password: "staff password for e2e only" };

/** A Trust & Safety member (not an admin), created the same way: reviews the appeal of a sanction the admin issued. */
export const STAFF_TRUST = { email: "trust-safety@e2e.worklane.test", password: "trust password for e2e only" };
