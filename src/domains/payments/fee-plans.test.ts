import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const staff = await staffMember(t, "admin");

const companyOf = (as: Session) => as.me.company?.id ?? "";
/** A staff admin puts the company on a plan. */
async function putOnPlan(as: Session, plan: "standard" | "enterprise") {
  const url = `/api/v1/staff/companies/${companyOf(as)}/plan`;
  const response = await call(t, staff, { method: "PUT", url, payload: { plan } });
  expect(response.statusCode, response.body).toBe(200);
}

/** An assignment worked for 2 hours at 50.00 and submitted, ready for the owner to approve (100.00 approved). */
async function submitted() {
  const { owner, assignee, assignment } = await assignedAssignment(t, { overrides: { paymentTermsDays: 7 } });
  await act(t, assignee, assignment.id, "check-in", {});
  await act(t, assignee, assignment.id, "submit", { hours: 2 });
  return { owner, assignment };
}

async function approveAndInvoice(owner: Session, assignmentId: string) {
  await act(t, owner, assignmentId, "approve");
  await t.runJobs();
  const list = await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${assignmentId}` });
  return list.json().items[0];
}

describe("the fee follows the company's plan", () => {
  it("charges the standard rate (10%) by default and shows it on the company settings", async () => {
    const { owner, assignment } = await submitted();
    const company = await call(t, owner, { method: "GET", url: "/api/v1/companies/me" });
    expect(company.json().plan).toEqual({ name: "standard", feeBasisPoints: 1000 });
    const invoice = await approveAndInvoice(owner, assignment.id);
    expect(invoice).toMatchObject({ amount: 100_00, fee: 10_00, feeBasisPoints: 1000, total: 110_00 });
  });

  it("charges an enterprise company the enterprise rate (5%) and shows that figure before sending", async () => {
    const { owner, assignment } = await submitted();
    await putOnPlan(owner, "enterprise");
    const company = await call(t, owner, { method: "GET", url: "/api/v1/companies/me" });
    expect(company.json().plan).toEqual({ name: "enterprise", feeBasisPoints: 500 });
    const invoice = await approveAndInvoice(owner, assignment.id);
    expect(invoice).toMatchObject({ amount: 100_00, fee: 5_00, feeBasisPoints: 500, total: 105_00 });
  });

  it("keeps the rate an invoice was opened with when the plan changes afterwards", async () => {
    const { owner, assignment } = await submitted();
    const opened = await approveAndInvoice(owner, assignment.id);
    expect(opened).toMatchObject({ fee: 10_00, feeBasisPoints: 1000 });
    await putOnPlan(owner, "enterprise");
    const again = await call(t, owner, { method: "GET", url: `/api/v1/invoices/${opened.id}` });
    expect(again.json()).toMatchObject({ fee: 10_00, feeBasisPoints: 1000, total: 110_00 });
  });
});
