import { useState } from "react";
import { type RoutingMode, routingModes, SendAssignment } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views";
import type { PoolReach } from "#domains/talent/matching/contract";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { useViewerZone } from "../ui/viewer-zone";
import { ZonedDateTimeInput } from "../ui/zoned-date-time-input";
import { routingText } from "./assignment-text";
import { FormDialog, useFormDialog } from "./form-dialog";
import { noPools, type PoolChoice, PoolFields, poolsBody } from "./pool-fields";
import { useSendAssignment, useUpdateAssignment } from "./queries";
import { WorkerPicker } from "./worker-picker";

const modeOptions = routingModes.map((mode) => ({ value: mode, label: routingText[mode].label }));

interface SendDialogProps {
  view: AssignmentView;
  isOpen: boolean;
  onClose: () => void;
  /** The workers named when it opens (chosen from the Matches section). */
  workerIds?: string[];
  /** What the chosen pools reached (null without pools), told before the dialog closes. */
  onSent?: (reach: PoolReach | null) => void;
}

/**
 * Send a draft to named workers and to the members of talent pools near the site (or assign one worker directly),
 * with an expiry and the routing mode.
 */
export function SendDialog({ view, isOpen, onClose, workerIds: named = [], onSent }: SendDialogProps) {
  const viewerZone = useViewerZone();
  const send = useSendAssignment(view.id);
  const update = useUpdateAssignment(view.id);
  const [workerIds, setWorkerIds] = useState<string[]>(named);
  const [pools, setPools] = useState<PoolChoice>(noPools);
  const [expiresAt, setExpiresAt] = useState<string | null>(null);
  const [mode, setMode] = useState<RoutingMode>(view.routingMode);
  const [assignDirectly, setAssignDirectly] = useState(false);
  const canAssign = view.actions.includes("assign");
  const dialog = useFormDialog(
    SendAssignment,
    async (body) => {
      // The mode is a field of the draft: changed first, then the send reads it.
      if (mode !== view.routingMode && !body.assignDirectly) {
        await update.mutateAsync({ version: view.version, routingMode: mode });
      }
      const sent = await send.mutateAsync(body);
      onSent?.(sent.poolReach);
    },
    onClose,
  );
  const errors = dialog.errors;

  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title={assignDirectly ? "Assign this assignment" : "Send this assignment"}
      confirmLabel={assignDirectly ? "Assign" : "Send"}
      onConfirm={() =>
        dialog.confirm({
          workerIds,
          assignDirectly,
          invitationsExpireAt: expiresAt,
          pools: assignDirectly ? null : poolsBody(pools),
        })
      }
    >
      <p>
        Completeness {view.completeness?.score ?? 0}/100 travels with it: invited workers see the score and its
        findings.
      </p>
      <WorkerPicker value={workerIds} onChange={setWorkerIds} error={errors.workerIds} />
      {canAssign ? (
        <label className="checkbox">
          <input type="checkbox" checked={assignDirectly} onChange={(e) => setAssignDirectly(e.target.checked)} />
          Assign the one named worker directly, without inviting
        </label>
      ) : null}
      {assignDirectly ? null : (
        <>
          {/* Read only once the dialog opens: the page keeps it mounted, and most views never send. */}
          {isOpen ? (
            <PoolFields
              value={pools}
              onChange={setPools}
              hasSite={view.locationType === "onsite" && view.location !== null}
              errors={errors}
            />
          ) : null}
          <Field label="How workers get it" hint={routingText[mode].description}>
            {(control) => (
              <Select
                {...control}
                options={modeOptions}
                value={mode}
                onChange={(e) => setMode(e.target.value as RoutingMode)}
              />
            )}
          </Field>
          <Field
            label="Invitations expire"
            hint="After this, invited workers can no longer accept or apply."
            isOptional
            error={errors.invitationsExpireAt}
          >
            {(control) => (
              <ZonedDateTimeInput control={control} timeZone={viewerZone} value={expiresAt} onChange={setExpiresAt} />
            )}
          </Field>
        </>
      )}
    </FormDialog>
  );
}
