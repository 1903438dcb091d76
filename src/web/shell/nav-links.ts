import type { Me } from "#domains/accounts/contract";

export interface NavLink {
  to: string;
  label: string;
  /** Other paths that belong to this section, so the link stays marked current there too. */
  alsoCurrentAt?: string[];
}

/** The header navigation for each kind of account; later issues add their sections here. */
export function primaryLinks(me: Me): NavLink[] {
  if (me.accountType === "client") {
    return [
      { to: "/home", label: "Home" },
      { to: "/assignments", label: "Assignments" },
      { to: "/workers/find", label: "Find workers" },
      { to: "/payments", label: "Payments" },
      { to: "/requirement-sets", label: "Requirements" },
      { to: "/company/talent-pools", label: "Talent pools" },
      { to: "/company/skill-tests", label: "Tests" },
      { to: "/company/agreements", label: "Agreements" },
      ...(me.company ? [{ to: `/companies/${me.company.id}/scorecard`, label: "Scorecard" }] : []),
      { to: "/escalations", label: "Cases" },
      { to: "/company/profile", label: "Company", alsoCurrentAt: ["/company/settings", "/company/webhooks"] },
      { to: "/company/team", label: "Team" },
    ];
  }
  if (me.accountType === "worker") {
    return [
      { to: "/home", label: "Home" },
      { to: "/inbox", label: "Inbox" },
      { to: "/earnings", label: "Earnings" },
      { to: `/workers/${me.id}/scorecard`, label: "Scorecard" },
      { to: "/escalations", label: "Cases" },
      { to: "/profile", label: "My profile" },
      { to: "/credentials", label: "Credentials" },
      { to: "/talent-pools", label: "Talent pools" },
      { to: "/skill-tests", label: "My tests" },
      { to: "/agreements", label: "Agreements" },
      { to: `/workers/${me.id}`, label: "Public page" },
    ];
  }
  const links: NavLink[] = [
    { to: "/home", label: "Users" },
    { to: "/staff/companies", label: "Companies" },
  ];
  if (me.staffRole === "admin" || me.staffRole === "escalations") {
    links.push({ to: "/escalations", label: "Escalations" });
  }
  if (me.staffRole === "admin" || me.staffRole === "trust_safety") {
    links.push({ to: "/staff/reports", label: "Trust & Safety" });
  }
  if (me.staffRole === "admin") {
    links.push({ to: "/staff/policies", label: "Publish policies" });
    links.push({ to: "/staff/payments", label: "Payments" });
  }
  return links;
}

export function accountLinks(): NavLink[] {
  return [
    { to: "/settings", label: "Account settings" },
    { to: "/reports", label: "My reports" },
    { to: "/settings/api-keys", label: "API keys" },
    { to: "/policies", label: "Policies" },
  ];
}
