import type { OperationDocs } from "#platform/domain";

/**
 * What the API reference says about each assignments operation (platform/http/openapi.ts applies it by operationId).
 * Who may call each one and when is the lifecycle table's (lifecycle.ts); the refusals are declared on the route.
 */
export const operations: OperationDocs = {
  createAssignment: {
    summary: "Create an assignment",
    description:
      "Creates a draft: the work, where and when, the pricing and who pays what. It answers with the live completeness report the form shows; nothing is sent to workers until `send`.",
  },
  previewAssignment: {
    summary: "Preview a draft's completeness",
    description:
      "Scores a create body as typed (clear title, description, schedule, pricing, deliverables) without saving it.",
  },
  listAssignments: {
    summary: "List the company's assignments",
    description:
      "Filter by status, label (late, not confirmed, on hold, …), worker, dates and text. `total` counts every match; `totals` counts per status over the other filters, for tabs.",
  },
  exportAssignmentsCsv: { summary: "Export assignments as CSV", description: "The filtered list as a CSV file." },
  listWorkerInbox: {
    summary: "List my invitations and work (worker)",
    description:
      "Assignments sent or given to the calling worker, newest first, with distance and what they may do now.",
  },
  getAssignment: {
    summary: "Get an assignment",
    description:
      "The assignment as the caller's party sees it (the company, the assignee or an invitee), with `actions`: what the caller may do now.",
  },
  updateAssignment: {
    summary: "Edit an assignment",
    description:
      "Changes the assignment until the work is approved; `version` is the one the edit was based on, so a stale edit is refused.",
  },
  getTimeline: {
    summary: "Read an assignment's timeline (deprecated)",
    description:
      "The same events as GET /events?subject=assignment:<id>, in one unpaged list. Use /events; this route goes in /api/v2.",
  },
  sendAssignment: {
    summary: "Send to workers",
    description:
      "Invites workers (the first to accept gets the assignment, or they apply and the company picks), or assigns one worker directly. Needs the company's accepted policies.",
  },
  addRecipients: { summary: "Invite more workers", description: "Adds workers to a sent assignment's invitations." },
  withdrawAssignment: {
    summary: "Withdraw to draft",
    description: "Takes a sent assignment back to draft; open invitations close and workers are told.",
  },
  acceptAssignment: {
    summary: "Accept an assignment (worker)",
    description: "An invited worker takes a first-to-accept assignment. Exactly one of many simultaneous accepts wins.",
  },
  applyForAssignment: {
    summary: "Apply for an assignment (worker)",
    description: "An invited worker applies, optionally with a counter-offer on price or schedule and a message.",
  },
  selectApplication: {
    summary: "Choose an applicant",
    description: "The company gives the assignment to one application; the others are told it went to someone else.",
  },
  declineAssignment: {
    summary: "Decline an invitation (worker)",
    description: "An invited worker says no, with a reason.",
  },
  confirmAssignment: {
    summary: "Confirm attendance (worker)",
    description: "The assigned worker confirms they will be there, when the company asks for a confirmation.",
  },
  checkInAssignment: {
    summary: "Check in (worker)",
    description: "The assigned worker starts the work; the time log starts.",
  },
  checkOutAssignment: { summary: "Check out (worker)", description: "The assigned worker stops the time log." },
  submitAssignment: {
    summary: "Submit the work (worker)",
    description:
      "The assigned worker hands the work in with hours or units worked and a note; the claim cannot exceed the ceiling. Auto-approval starts counting.",
  },
  approveAssignment: {
    summary: "Approve the work",
    description: "The company approves the submitted work and the amount to pay; payment becomes due on its terms.",
  },
  returnAssignment: {
    summary: "Return the work",
    description: "The company sends submitted work back to the worker with what is missing.",
  },
  cancelAssignment: {
    summary: "Cancel an assignment",
    description:
      "Ends an assignment before the work is done, with a reason. Under 24 hours before the start the company may pay the worker a cancellation fee.",
  },
  abandonAssignment: {
    summary: "Abandon an assignment (worker)",
    description: "The assigned worker comes off it with a reason; their hand-ins stay with the company.",
  },
  markNoShow: {
    summary: "Mark the worker a no-show",
    description: "The company takes a worker who did not come off the assignment; it can go out again.",
  },
  holdAssignment: { summary: "Put on hold", description: "Pauses the assignment (and auto-approval) with a reason." },
  resumeAssignment: { summary: "Resume from hold", description: "Ends a hold; the assignment goes on where it was." },
  voidAssignment: { summary: "Void a draft", description: "Discards a draft that was never needed. Cannot be undone." },
  getDeliverables: {
    summary: "Get the deliverables",
    description:
      "What the worker must hand in (files, photos, signatures, reports, checklist, fields) and what is handed in.",
  },
  defineDeliverables: {
    summary: "Define the deliverables",
    description:
      "The company sets the requirements, checklist and custom fields; removing one that holds work is refused.",
  },
  uploadDeliverableFile: {
    summary: "Hand in a file (worker)",
    description: "The assigned worker uploads a photo, document or signature image for one requirement (multipart).",
  },
  downloadDeliverableFile: {
    summary: "Download a handed-in file",
    description: "The file's bytes, for the company and the worker who handed it in.",
  },
  removeDeliverableFile: {
    summary: "Remove a handed-in file (worker)",
    description: "The assigned worker takes back a file before submitting.",
  },
  captureSignature: {
    summary: "Capture a signature (worker)",
    description: "The assigned worker records the signer's name and drawn signature for a signature requirement.",
  },
  writeReport: {
    summary: "Write a report (worker)",
    description: "The assigned worker writes a report requirement's text.",
  },
  tickChecklistItem: {
    summary: "Tick a checklist item (worker)",
    description: "The assigned worker ticks or unticks one checklist item.",
  },
  fillCustomField: {
    summary: "Fill in a custom field",
    description: "Company managers fill the company's fields; the assigned worker fills the worker's.",
  },
  listAttachments: {
    summary: "List attachments",
    description: "Files the company attached for the worker (manuals, floor plans).",
  },
  addAttachment: {
    summary: "Attach a file",
    description: "The company attaches a file; only its members and the assigned worker can download it.",
  },
  downloadAttachment: { summary: "Download an attachment", description: "The attached file's bytes." },
  removeAttachment: { summary: "Remove an attachment", description: "The company removes a file it attached." },
  listAssignmentRequests: {
    summary: "List requests",
    description:
      "Budget increases, reschedules, expenses and bonuses asked for on this assignment, with their answers.",
  },
  makeAssignmentRequest: {
    summary: "Make a request",
    description:
      "The assigned worker asks for a budget increase, a reschedule or expense reimbursement; a company admin, manager or finance member offers a bonus. Amounts are minor units of the assignment's currency.",
  },
  acceptAssignmentRequest: {
    summary: "Accept a request",
    description: "The other side agrees; a budget increase raises the ceiling, a reschedule moves the schedule.",
  },
  declineAssignmentRequest: { summary: "Decline a request", description: "The other side says no, with a reason." },
  withdrawAssignmentRequest: { summary: "Withdraw a request", description: "Whoever asked takes the request back." },
  listAssignmentTemplates: {
    summary: "List templates",
    description: "The company's named starting points for new assignments.",
  },
  saveAssignmentTemplate: {
    summary: "Save a template",
    description:
      "Saves one of the company's assignments, in any status, as a named starting point; names are unique per company.",
  },
  getAssignmentTemplate: { summary: "Get a template", description: "One template with its fields and deliverables." },
  deleteAssignmentTemplate: {
    summary: "Delete a template",
    description: "Removes the template; assignments made from it stay.",
  },
  createAssignmentFromTemplate: {
    summary: "Create from a template",
    description: "Creates a draft from the template, with any fields given in the body replacing the template's.",
  },
  // The route writes its own description from the CSV columns it reads.
  importAssignmentsCsv: { summary: "Import assignments from CSV" },
  getAssignmentRequirements: {
    summary: "Check an assignment's requirements for a worker",
    description:
      "The assignment's requirement set checked for the calling worker (or, for the company, the worker named by `workerId`): each requirement with `met` and the reason, and whether the worker is eligible (all met, or overridden by the company). Accept and apply answer 403 `requirements_not_met` with the same reasons.",
  },
  getAssignmentMatches: {
    summary: "Rank workers for an assignment",
    description:
      "For the company's members: workers within 100 miles of the site (or `radiusMiles`, narrowed by a distance requirement of the set) who could meet the assignment's requirement set, the most of its skills first, then the nearest. Each comes with its distance, skills matched, scorecard figures and every requirement met or not with the reason: the same evaluator accept uses, so a worker shown eligible here may accept. `ranking` says the order in words.",
  },
  getAttachedRequirementSet: {
    summary: "Get the assignment's requirement set",
    description:
      "Which of the company's requirement sets is attached to the assignment (null when none), for everyone who sees it.",
  },
  attachRequirementSet: {
    summary: "Attach a requirement set",
    description:
      "Puts one of the company's requirement sets on an assignment nobody has taken yet (draft or sent); null takes it off. Workers must meet it to accept or apply.",
  },
  overrideAssignmentRequirements: {
    summary: "Override the requirements for a worker",
    description:
      "A company admin or manager lets one worker accept or apply although they do not meet the set, with a reason recorded in the assignment's history.",
  },
};
