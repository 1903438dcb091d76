import type { ReactNode } from "react";
import type { CredentialView } from "#domains/talent/contract";
import { formatMoney } from "#shared/money";
import { StatusBadge } from "../ui/status-badge";
import { kindLabels } from "./credential-form";

const statusTone = { pending: "warning", verified: "success", rejected: "danger", expired: "neutral" } as const;

/** The facts of one credential in one line: number, region, cover, dates. */
export function credentialDetails(c: CredentialView): string {
  return [
    c.number,
    c.region ? `${c.region}${c.country ? `, ${c.country}` : ""}` : null,
    c.coverage ? `cover ${formatMoney(c.coverage)}` : null,
    c.issuer,
    c.performedOn ? `done ${c.performedOn}` : null,
    c.expiresOn ? `expires ${c.expiresOn}` : "no expiry",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** Credentials with their status, reviews and document; `action` adds the caller's buttons per row. */
export function CredentialsTable({
  credentials,
  caption,
  action,
}: {
  credentials: CredentialView[];
  caption: string;
  action: (credential: CredentialView) => ReactNode;
}) {
  if (credentials.length === 0) {
    return <p>No credentials yet.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Credential</th>
            <th scope="col">Details</th>
            <th scope="col">Status</th>
            <th scope="col">Document</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {credentials.map((c) => (
            <tr key={c.id} data-testid={`credential-${c.name}`}>
              <th scope="row">
                {kindLabels[c.kind]}: {c.name}
              </th>
              <td className="break">{credentialDetails(c)}</td>
              <td>
                <StatusBadge status={c.status} tone={statusTone[c.status]} />
                {c.reviews
                  .filter((r) => r.reason)
                  .map((r) => (
                    <p key={`${r.by}-${r.at}`} className="muted small">
                      {r.by === "staff" ? "Worklane" : (r.companyName ?? "A company")}: {r.reason}
                    </p>
                  ))}
              </td>
              <td>
                {c.document ? (
                  <a href={c.document.url} target="_blank" rel="noreferrer">
                    {c.document.fileName}
                  </a>
                ) : (
                  <span className="muted">None yet</span>
                )}
              </td>
              <td>{action(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
