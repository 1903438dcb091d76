import { Link } from "react-router";
import { Money } from "../ui/money";
import { useBalance } from "./queries";

/**
 * On every page of a company with past-due invoices (issue 11, item 5): while in the grace days, when the account
 * will lock; once locked, that it cannot send work and how to unlock it (pay what is past due).
 */
export function LockedBanner() {
  const balance = useBalance();
  const standing = balance.data?.standing;
  if (!standing || standing.pastDue.length === 0 || !standing.locksAt) {
    return null;
  }
  const owed = standing.pastDue.map((p, index) => (
    <span key={p.currency}>
      {index > 0 ? " and " : ""}
      {p.count} invoice{p.count === 1 ? "" : "s"} of <Money value={{ amount: p.total, currency: p.currency }} />
    </span>
  ));
  const count = standing.pastDue.reduce((sum, p) => sum + p.count, 0);
  const verb = count === 1 ? "is" : "are";
  const locksAt = new Date(standing.locksAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return standing.locked ? (
    <section className="alert alert--error" aria-label="Your company account is locked">
      <p className="alert__title">Your company account is locked</p>
      <p>
        {owed} {verb} more than {standing.graceDays} days past due, so you cannot send assignments or add workers.
        Paying what is past due unlocks the account at once. <Link to="/payments">Pay now</Link>
      </p>
    </section>
  ) : (
    <section className="alert alert--warning" aria-label="Invoices past due">
      <p className="alert__title">Invoices past due</p>
      <p>
        {owed} {verb} past due. Unless paid, your company account locks on {locksAt} and cannot send assignments.{" "}
        <Link to="/payments">Pay now</Link>
      </p>
    </section>
  );
}
