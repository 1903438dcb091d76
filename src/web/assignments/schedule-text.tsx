import type { Schedule } from "#domains/assignments/contract";
import { formatDateTime } from "#shared/time";
import { DateTime } from "../ui/date-time";
import { useViewerZone } from "../ui/viewer-zone";

interface ScheduleTextProps {
  schedule: Schedule | null;
  /** The site's zone: named, with the site's clock, when it differs from the viewer's. */
  timeZone?: string;
}

/** When the work happens, in the viewer's own time zone, named (and the site's clock when that differs). */
export function ScheduleText({ schedule, timeZone }: ScheduleTextProps) {
  const viewerZone = useViewerZone();
  if (!schedule) {
    return <span className="muted">Not scheduled</span>;
  }
  const isElsewhere = timeZone !== undefined && timeZone !== viewerZone;
  const siteTime = isElsewhere ? (
    <span className="muted small">
      {" "}
      (site time {formatDateTime(schedule.startsAt, timeZone)}, {timeZone.replaceAll("_", " ")})
    </span>
  ) : null;
  if (schedule.type === "window") {
    return (
      <span>
        Arrive between <DateTime value={schedule.startsAt} /> and <DateTime value={schedule.endsAt} hasZone />
        {siteTime}
      </span>
    );
  }
  return (
    <span>
      <DateTime value={schedule.startsAt} hasZone={!schedule.endsAt} />
      {schedule.endsAt ? (
        <>
          {" "}
          to <DateTime value={schedule.endsAt} hasZone />
        </>
      ) : null}
      {siteTime}
    </span>
  );
}
