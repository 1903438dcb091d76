/** The staff admin the web server command creates before starting, so the staff journey can log in. */
export const STAFF_ADMIN = { email: "staff-admin@e2e.worklane.test", password: "staff password for e2e only" };
