import type { TimeLogView } from "#domains/assignments/views";
import { DateTime } from "../ui/date-time";

const duration = (minutes: number) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;

/** Check-ins and check-outs, with the time each visit took. */
export function TimeLogList({ logs }: { logs: TimeLogView[] }) {
  const total = logs.reduce((sum, log) => sum + (log.minutes ?? 0), 0);
  return (
    <>
      <h3 className="subheading">Time log</h3>
      <ul className="link-list" aria-label="Time log">
        {logs.map((log) => (
          <li key={log.id}>
            In <DateTime value={log.checkedInAt} />
            {log.checkedOutAt ? (
              <>
                , out <DateTime value={log.checkedOutAt} /> ({duration(log.minutes ?? 0)})
              </>
            ) : (
              " — still checked in"
            )}
            {log.early ? (
              <>
                {" "}
                <span className="badge badge--warning">Early: before the scheduled start</span>
              </>
            ) : null}
            {log.note ? <span className="muted"> · {log.note}</span> : null}
          </li>
        ))}
      </ul>
      <p className="muted small">Total logged: {duration(total)}</p>
    </>
  );
}
