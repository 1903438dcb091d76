/** Every demo account signs in with this password (printed after seeding). */
export const DEMO_PASSWORD = "worklane-demo";
