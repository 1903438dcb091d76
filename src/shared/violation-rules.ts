/**
 * The named rules of the Community Violation Guidelines (issue 15, item 7): one table that the server (reports and
 * sanctions must name one), the API document (an enum) and the web (the rules page with an anchor per rule, the
 * report dialog's choices, a sanction notice) all read. An id is stable forever: a rule that is dropped keeps its
 * id out of use rather than giving it to another rule, so a sanction issued under `CVG-1.3` always means the same.
 *
 * The policy document (policies domain) is the legal text people accept; these are its numbered rules, section 1
 * ("What counts as a violation") one by one, plus the rules of section 2 about reporting itself.
 */
export interface ViolationRule {
  id: string;
  title: string;
  text: string;
}

export const violationRules = [
  {
    id: "CVG-1.1",
    title: "Fraud and misrepresentation",
    text: "False identity, invented qualifications or reviews, fake hours, expenses or deliverables, assignments that do not describe the real work.",
  },
  {
    id: "CVG-1.2",
    title: "Circumventing the platform",
    text: "Moving work or payment for an assignment found on Worklane off the platform to avoid its records or fees.",
  },
  {
    id: "CVG-1.3",
    title: "Harassment and discrimination",
    text: "Threats, abuse, unwanted advances, or treating someone differently because of who they are.",
  },
  {
    id: "CVG-1.4",
    title: "Unsafe conduct",
    text: "Ignoring safety rules, working impaired, or putting people or property at risk.",
  },
  {
    id: "CVG-1.5",
    title: "Unreliability",
    text: "Repeated no-shows, late withdrawals or late cancellations without a good reason.",
  },
  {
    id: "CVG-1.6",
    title: "Withholding payment",
    text: "Refusing to approve or pay completed work without an open escalation or dispute.",
  },
  {
    id: "CVG-1.7",
    title: "Misusing ratings",
    text: "Threatening a bad rating to get something, retaliating with ratings, or trading ratings.",
  },
  {
    id: "CVG-1.8",
    title: "Misusing information",
    text: "Sharing someone's contact details, confidential information or data outside the assignment.",
  },
  {
    id: "CVG-1.9",
    title: "Illegal or unlicensed work",
    text: "Illegal work, or work that needs a licence the worker does not hold.",
  },
  {
    id: "CVG-2.1",
    title: "Reports in bad faith",
    text: "Reporting someone to harm them rather than to report a real violation.",
  },
] as const satisfies readonly ViolationRule[];

export type RuleId = (typeof violationRules)[number]["id"];
export const ruleIds = violationRules.map((rule) => rule.id) as [RuleId, ...RuleId[]];

const byId = new Map<string, ViolationRule>(violationRules.map((rule) => [rule.id, rule]));

/** The rule with this id; every id stored in a report or sanction is one of the table's (an enum column). */
export function ruleOf(id: string): ViolationRule {
  const rule = byId.get(id);
  if (!rule) {
    throw new Error(`unknown violation rule ${id}`);
  }
  return rule;
}

/** How people name a rule in a sentence: "CVG-1.3 Harassment and discrimination". */
export const ruleLabel = (id: string): string => `${id} ${ruleOf(id).title}`;

/** The anchor of a rule on the guidelines page, so a notice can link straight to it. */
export const ruleLink = (id: string): string => `/policies/violation_guidelines#${id}`;
