import type { CompanyRole } from "#domains/accounts/contract";

/** Role names and what each may do, in the words the team page and invitations use. */
export const roleLabels: Record<CompanyRole, { label: string; description: string }> = {
  admin: { label: "Admin", description: "Everything, including the team, company profile and settings." },
  manager: { label: "Manager", description: "Posts and manages assignments." },
  finance: { label: "Finance", description: "Approves and pays assignments." },
  viewer: { label: "Viewer", description: "Reads everything, changes nothing." },
};
