import { useId, useState } from "react";
import { useNavigate } from "react-router";
import {
  type RestrictionScope,
  restrictionScopes,
  type SanctionKind,
  sanctionKinds,
} from "#domains/moderation/contract";
import type { StaffReportView } from "#domains/moderation/views";
import { type RuleId, violationRules } from "#shared/violation-rules";
import { Button } from "../ui/button";
import { ProblemAlert } from "../ui/problem-alert";
import { Select } from "../ui/select";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { kindLabels, scopeLabels } from "./labels";
import { useIssueSanction } from "./queries";

const DAY = 86_400_000;
const defaultDays: Record<SanctionKind, number> = { warning: 90, restriction: 14, suspension: 30, ban: 0 };
const localInput = (date: Date) =>
  new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/**
 * The sanction form on a report (issue 15, item 8): graduated by default (the suggested step is preselected), always
 * the rule, the evidence (this report and the party's other open ones, ticked) and the end (none for a ban).
 */
export function SanctionForm({ report }: { report: StaffReportView }) {
  const id = useId();
  const issue = useIssueSanction();
  const navigate = useNavigate();
  const [kind, setKind] = useState<SanctionKind>(report.suggestedKind);
  const [rule, setRule] = useState<RuleId>(report.rule);
  const [scopes, setScopes] = useState<RestrictionScope[]>([]);
  const [reason, setReason] = useState("");
  const [endsAt, setEndsAt] = useState(localInput(new Date(Date.now() + defaultDays[report.suggestedKind] * DAY)));
  const [evidence, setEvidence] = useState<string[]>([report.id, ...report.otherOpenReportIds]);
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return (
    <form
      className="stack"
      aria-label="Issue a sanction"
      onSubmit={(event) => {
        event.preventDefault();
        issue.mutate(
          {
            partyType: report.party.type,
            partyId: report.party.id,
            kind,
            rule,
            reportIds: evidence,
            reason,
            scopes: kind === "restriction" ? scopes : [],
            endsAt: kind === "ban" ? null : new Date(endsAt).toISOString(),
          },
          { onSuccess: (sanction) => void navigate(`/sanctions/${sanction.id}`) },
        );
      }}
    >
      <p>
        Suggested next step: <strong>{kindLabels[report.suggestedKind]}</strong> ({report.history.length} earlier
        sanction(s)).
      </p>
      <label htmlFor={`${id}-kind`}>Step</label>
      <Select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => {
          const next = e.target.value as SanctionKind;
          setKind(next);
          setEndsAt(localInput(new Date(Date.now() + defaultDays[next] * DAY)));
        }}
        options={sanctionKinds.map((value) => ({ value, label: kindLabels[value] }))}
      />
      <label htmlFor={`${id}-rule`}>Rule</label>
      <Select
        id={`${id}-rule`}
        value={rule}
        onChange={(e) => setRule(e.target.value as RuleId)}
        options={violationRules.map((r) => ({ value: r.id, label: `${r.id} ${r.title}` }))}
      />
      {kind === "restriction" ? (
        <fieldset>
          <legend>The restriction covers</legend>
          {restrictionScopes.map((scope) => (
            <label key={scope} className="inline-list">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={() => setScopes(toggle(scopes, scope))}
              />{" "}
              {scopeLabels[scope]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {kind !== "ban" ? (
        <>
          <label htmlFor={`${id}-ends`}>Ends</label>
          <TextInput
            id={`${id}-ends`}
            type="datetime-local"
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
          />
        </>
      ) : (
        <p className="muted">A ban is permanent.</p>
      )}
      <fieldset>
        <legend>Evidence (open reports about {report.party.name})</legend>
        {[report.id, ...report.otherOpenReportIds].map((r) => (
          <label key={r} className="inline-list">
            <input type="checkbox" checked={evidence.includes(r)} onChange={() => setEvidence(toggle(evidence, r))} />{" "}
            Report {r.slice(0, 8)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reason`}>Reason (the party reads it)</label>
      <TextArea id={`${id}-reason`} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
      {issue.isError ? <ProblemAlert error={issue.error} /> : null}
      <span>
        <Button type="submit" variant="danger" isBusy={issue.isPending}>
          Issue {kindLabels[kind].toLowerCase()}
        </Button>
      </span>
    </form>
  );
}
