import { useState } from "react";
import type { AssignmentView } from "#domains/assignments/views";
import type { PoolReach } from "#domains/talent/matching/contract";
import { NoticeDialog } from "../ui/notice-dialog";
import { poolReachText } from "./pool-reach-text";
import { SendDialog } from "./send-dialog";

/** After a send to pools: how many members were reached, and how many were left out for which requirement. */
export function PoolReachDialog({ reach, onClose }: { reach: PoolReach | null; onClose: () => void }) {
  const text = reach ? poolReachText(reach) : null;
  return (
    <NoticeDialog isOpen={text !== null} title={text?.headline ?? "Sent"} onClose={onClose}>
      {text?.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {text && text.missing.length > 0 ? (
        <ul aria-label="Left out, by requirement">
          {text.missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </NoticeDialog>
  );
}

interface SendToWorkersProps {
  view: AssignmentView;
  isOpen: boolean;
  onClose: () => void;
  /** Workers already chosen (from the Matches section); the dialog starts with them named. */
  workerIds?: string[];
}

/**
 * The send dialog, then what its pools reached. The report lives outside the dialog, which starts afresh with each
 * new version of the assignment (and the send itself makes one).
 */
export function SendToWorkers({ view, isOpen, onClose, workerIds = [] }: SendToWorkersProps) {
  const [reach, setReach] = useState<PoolReach | null>(null);
  return (
    <>
      <SendDialog
        key={`send-${view.version}-${workerIds.join(",")}`}
        view={view}
        isOpen={isOpen}
        onClose={onClose}
        workerIds={workerIds}
        onSent={setReach}
      />
      <PoolReachDialog reach={reach} onClose={() => setReach(null)} />
    </>
  );
}
