import type { PolicyKind } from "./contract";

/**
 * Version 1 of each policy, published at start-up when missing. Written by us in the spirit of the founding
 * guidelines (../shared/seed): the client guidelines follow the seed's points one by one; the worker and violation
 * guidelines are their counterparts. Later versions are published through the API and never edit these.
 */
export interface PolicyText {
  title: string;
  summaryOfChanges: string;
  body: string;
}

const termsOfService = `# Worklane Terms of Service

These terms are the agreement between you and Worklane when you use the Worklane marketplace, its web pages or its API. Please read them with the Community Guidelines for your kind of account and the Community Violation Guidelines, which are part of these terms.

## 1. What Worklane is

Worklane brings together **clients** (companies that need work done) and **workers** (independent professionals who do it). We provide the tools: assignments, messages, ratings, payments and an escalation service. We are not the employer of any worker and not a party to the work itself: each assignment is an agreement between the client and the worker who accepts it.

## 2. Your account

- Give accurate information and keep it current. One person, one account; a client account belongs to exactly one company.
- Keep your password and API keys secret. Everything done with your credentials counts as done by you; revoke a key or change your password as soon as you suspect misuse.
- A company admin decides who joins the company account and with which role (admin, manager, finance or viewer), and is responsible for the people they invite.

## 3. Assignments and payment

- An assignment's description, schedule, location and price, as published when the worker accepts it, are the terms of that piece of work. Changes need both sides' agreement, recorded on the assignment.
- Clients approve or dispute submitted work promptly. Work that is neither approved nor disputed within the company's auto-approval period is approved automatically.
- Clients pay approved work within their stated payment terms. Worklane's fees are shown before you commit to anything.

## 4. Conduct

Follow the Community Guidelines for your account and the Community Violation Guidelines. We may review reports, limit features, suspend or close accounts that break them, as those guidelines describe.

## 5. Disputes and escalations

Talk to each other first. When that does not resolve a problem, either side may escalate an assignment to Worklane within **60 days** of it taking place. Our Escalations Team mediates: it tracks the case, gathers both sides' accounts and helps you reach a resolution. Mediation does not give Worklane the power to order either side to act, and we cannot guarantee an outcome.

## 6. Your content and data

You keep the rights to what you post. You allow Worklane to store it and to show it to the people it is meant for, for example your public profile to anyone, or an assignment's messages to its parties. Changes to records are kept in a history so both sides can see what happened and when. Exact home addresses and coordinates are never shown publicly.

## 7. Suspension and closing

You may stop using Worklane at any time. We may suspend or close an account that breaks these terms, after the review the Violation Guidelines describe, or at once when safety or the law requires it. Obligations already made, such as paying for approved work, survive closing.

## 8. Changes to these terms

We publish changes as a new version with a summary of what changed. You will be asked to accept the new version before you post, apply for, accept or work on assignments again.

## 9. Liability

Worklane is provided as is. To the extent the law allows, we are not liable for the work done or not done under an assignment, or for indirect losses. Nothing in these terms limits rights you have by law that cannot be limited.
`;

const clientGuidelines = `# Community Guidelines for Clients

Worklane works when clients and workers can rely on each other. These guidelines describe what workers can expect from you as a client. They are written to keep the marketplace professional, transparent and a good place to get work done.

## Be transparent

Describe every assignment clearly and completely: the work to be done, where and when, the tools, parts and access the worker needs, what "done" looks like, and what you will pay. A worker decides whether to accept from your description, so a clear one brings you the right people and avoids surprises on site. Do not change the scope after acceptance without agreeing it with the worker.

## Choose workers with the tools

Use groups, tests, requirement sets, ratings and the other information Worklane gives you to find the workers who fit your needs. Requirements should be relevant to the work and applied the same way to everyone.

## Communicate, and answer in good time

Use Worklane messages for questions and for notable events on an assignment, so both sides have the same record. Answer workers' questions and contact attempts promptly, especially before the start and while work is under way: a worker waiting for an answer on site is time lost for both of you.

## Approve and pay on time

Review submitted work promptly, then approve it or say clearly what is missing. Pay approved work within your payment terms. Hold approval or payment back only while an escalation or dispute about that assignment is open. If you do nothing, work is approved automatically after your company's auto-approval period.

## Look after your Company Scorecard

Your Company Scorecard summarises the ratings workers give you, with your average time to approve and to pay and your satisfaction rating. It is shown on your profile, and workers read it when deciding whether to work with you. The best way to a good scorecard is the list above.

## Cancelling

Plans change. Cancel as early as you can. If you cancel with less than 24 hours' notice, you may choose to pay the worker a cancellation fee (your company settings suggest an amount); Worklane does not require it, from clients or from workers, but workers remember who did.

## Escalate when you need help

Try to settle disagreements directly with the worker first. When you cannot reach them or cannot agree, escalate the assignment to Worklane within 60 days of it taking place, describing what happened and the outcome you hope for. Our Escalations Team opens a case, keeps track of the communication and updates you until it is closed. It helps both sides reach a fair resolution; it cannot force either side to act, and it cannot guarantee an outcome.

## Before you start

Please read and accept the Terms of Service and the Community Violation Guidelines before you post assignments or engage any worker.
`;

const workerGuidelines = `# Community Guidelines for Workers

Clients trust Worklane workers with their sites, their customers and their equipment. These guidelines describe what clients can expect from you, and what keeps the marketplace a good place to find work.

## Present yourself honestly

Keep your profile accurate: your skills, industries, certifications, rates and where you work from. Claim only experience you have; clients choose you, and send you on site, because of it.

## Accept work you can do

Read the whole assignment before applying or accepting: the scope, location, schedule, requirements and pay. Ask questions before you accept, not on the day. Accept only what you can complete yourself, to the standard described.

## Show up, on time and prepared

Confirm when you are asked to, arrive on time with the tools the assignment names, and check in and out where the assignment asks you to. If something prevents you from going, tell the client through Worklane as early as you can.

## Communicate on Worklane

Use Worklane messages for questions, changes and anything notable on site, so both sides share one record. Answer clients in good time. Agree changes in scope or price on the assignment before you do the extra work.

## Work professionally and safely

Follow the site's safety and access rules, treat the client's customers, staff and property with respect, and keep confidential what you see and hear on the job. Stop and tell the client when something is unsafe.

## Submit complete and accurate work

Submit when the work is done, with the notes, photos, hours and expenses the assignment asks for, all accurate. The client then approves or tells you what is missing; if they do nothing, the work is approved automatically after their company's auto-approval period.

## Withdrawing and cancellations

If you have to withdraw, do it as early as possible. Late withdrawals and missed assignments weigh on your ratings and may be reviewed under the Violation Guidelines. A client who cancels on short notice may choose to pay you a cancellation fee; Worklane does not require it.

## Escalate when you need help

Try to settle problems directly with the client first. When you cannot, escalate the assignment to Worklane within 60 days of it taking place, with the details and the outcome you hope for. The Escalations Team mediates and keeps you updated; it cannot force either side to act or guarantee an outcome.

## You run your own business

As an independent worker you decide which work to take and how to do it, and you are responsible for your own taxes, insurance and licences.
`;

const violationGuidelines = `# Community Violation Guidelines

These guidelines say what Worklane treats as a violation of its Terms of Service and Community Guidelines, how reports are reviewed, and what may follow. They apply to clients and workers alike.

## What counts as a violation

- **Fraud and misrepresentation**: false identity, invented qualifications or reviews, fake hours, expenses or deliverables, assignments that do not describe the real work.
- **Circumventing the platform**: moving work or payment for an assignment found on Worklane off the platform to avoid its records or fees.
- **Harassment and discrimination**: threats, abuse, unwanted advances, or treating someone differently because of who they are.
- **Unsafe conduct**: ignoring safety rules, working impaired, or putting people or property at risk.
- **Unreliability**: repeated no-shows, late withdrawals or late cancellations without a good reason.
- **Withholding payment**: refusing to approve or pay completed work without an open escalation or dispute.
- **Misusing ratings**: threatening a bad rating to get something, retaliating with ratings, or trading ratings.
- **Misusing information**: sharing someone's contact details, confidential information or data outside the assignment.
- **Illegal work** or work that needs a licence the worker does not hold.

## Reporting

Report a violation from the record it concerns (an assignment, a message, a profile) or through an escalation. Give what you know: what happened, when, and who was involved. Reports made in bad faith are themselves a violation.

## How we review

Our Trust & Safety team reviews every report. We look at the records Worklane keeps (the assignment, its messages and its history) and we ask the member concerned for their side before deciding, except where safety requires us to act at once. Decisions are recorded with their reasons.

## What may follow

Depending on how serious the violation is and whether it has happened before:

1. a written warning;
2. limits on some features, such as posting or applying, for a period;
3. suspension of the account;
4. permanent removal from Worklane.

Serious violations, such as fraud, threats or danger to people, may lead straight to suspension or removal. A suspended member cannot log in; obligations already made, such as paying for approved work, remain.

## Appeals

You may appeal a decision within 14 days by replying to the notice you received. Someone who did not make the first decision reviews the appeal and tells you the outcome.
`;

export const initialPolicies: Record<PolicyKind, PolicyText> = {
  terms_of_service: { title: "Worklane Terms of Service", summaryOfChanges: "First version.", body: termsOfService },
  client_guidelines: {
    title: "Community Guidelines for Clients",
    summaryOfChanges: "First version.",
    body: clientGuidelines,
  },
  worker_guidelines: {
    title: "Community Guidelines for Workers",
    summaryOfChanges: "First version.",
    body: workerGuidelines,
  },
  violation_guidelines: {
    title: "Community Violation Guidelines",
    summaryOfChanges: "First version.",
    body: violationGuidelines,
  },
};
