import type { Channel, PreferenceView } from "#domains/notifications/contract";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { useToast } from "../ui/toast";
import { usePreferences, useUpdatePreferences } from "./queries";

const typeText: Record<PreferenceView["type"], string> = {
  "assignment.update": "Assignment updates (invitations, acceptances, approvals, returns, cancellations, requests)",
  "question.asked": "A question was asked",
  "question.answered": "A question was answered",
  "message.received": "A message arrived",
  "note.mention": "You were mentioned in a note",
  "webhook.disabled": "A webhook was disabled",
  "escalation.update": "A step in an escalation case you are party to",
  "talent.update":
    "Talent: invitations to pools and tests, pool messages, agreements to sign, your credentials' reviews and expiry",
  "moderation.notice": "Trust & Safety: a sanction on your account, an appeal decided, a report reviewed",
  security: "Security (password reset, new API key)",
};
const channelText: Record<Channel, string> = {
  both: "In the app and by email",
  in_app: "In the app",
  email: "By email",
  none: "Neither",
};

/** /settings/notifications: how each kind of notice reaches the person; security emails cannot be switched off. */
export function PreferencesPage() {
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const notify = useToast();
  if (preferences.isPending) {
    return <Loading />;
  }
  if (preferences.isError) {
    return <ProblemAlert error={preferences.error} onRetry={() => void preferences.refetch()} />;
  }
  const save = (type: PreferenceView["type"], channel: Channel, digest: boolean) => {
    if (type === "security") {
      return;
    }
    update.mutate({ preferences: [{ type, channel, digest }] }, { onSuccess: () => notify("Preferences saved.") });
  };
  return (
    <>
      <PageHeader title="Notification preferences" lead="Choose how each kind of notice reaches you." />
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Notice</th>
            <th scope="col">How</th>
            <th scope="col">Daily digest</th>
          </tr>
        </thead>
        <tbody>
          {preferences.data.items.map((p) => (
            <tr key={p.type}>
              <th scope="row">{typeText[p.type]}</th>
              <td>
                <select
                  className="input"
                  aria-label={`How: ${typeText[p.type]}`}
                  value={p.channel}
                  disabled={p.locked}
                  onChange={(e) => save(p.type, e.target.value as Channel, p.digest)}
                >
                  {Object.entries(channelText).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
                {p.locked ? <p className="muted small">Always sent.</p> : null}
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Daily digest: ${typeText[p.type]}`}
                  checked={p.digest}
                  disabled={p.locked || p.channel === "in_app" || p.channel === "none"}
                  onChange={(e) => save(p.type, p.channel, e.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
