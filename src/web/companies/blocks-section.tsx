import { useState } from "react";
import { Link } from "react-router";
import type { BlockView } from "#domains/companies/blocks/contract";
import { useSession } from "../shell/use-session";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { useToast } from "../ui/toast";
import { useBlock, useBlocks, useUnblock } from "./block-queries";

const mayBlock = (role: string | undefined) => role === "admin" || role === "manager";

/** The settings' list of blocks with Unblock: a worker's blocked companies, or the workers the company blocked. */
export function BlocksSection() {
  const me = useSession();
  const isWorker = me.accountType === "worker";
  const blocks = useBlocks(me.accountType !== "staff");
  const unblock = useUnblock();
  const notify = useToast();
  const [toLift, setToLift] = useState<BlockView | null>(null);
  if (me.accountType === "staff") {
    return null;
  }
  const canChange = isWorker || mayBlock(me.company?.role);
  const other = (block: BlockView) =>
    isWorker
      ? { name: block.company.name, to: `/companies/${block.company.id}` }
      : { name: block.worker.name, to: `/workers/${block.worker.id}` };
  const confirm = () => {
    if (!toLift) {
      return;
    }
    unblock.mutate(toLift.id, {
      onSuccess: () => notify(`${other(toLift).name} is unblocked.`),
      onError: (error) => notify(error.message, "error"),
      onSettled: () => setToLift(null),
    });
  };
  return (
    <Section
      title="Blocked"
      description={
        isWorker
          ? "Companies you blocked cannot send you work or message you, and you do not see their new work. They are not told."
          : "Workers your company blocked cannot be sent work, apply or message you. They are not told."
      }
    >
      {blocks.isPending ? <Loading /> : null}
      {blocks.isError ? <ProblemAlert error={blocks.error} onRetry={() => void blocks.refetch()} /> : null}
      {blocks.data?.items.length === 0 ? <EmptyState title="Nobody is blocked." /> : null}
      {blocks.data && blocks.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Blocked</caption>
            <thead>
              <tr>
                <th scope="col">{isWorker ? "Company" : "Worker"}</th>
                <th scope="col">Blocked since</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {blocks.data.items.map((block) => (
                <tr key={block.id}>
                  <td>
                    <Link to={other(block).to}>{other(block).name}</Link>
                  </td>
                  <td data-label="Blocked since">
                    <DateTime value={block.createdAt} isDateOnly />
                  </td>
                  <td className="table__actions">
                    {canChange ? (
                      <Button size="small" onClick={() => setToLift(block)}>
                        Unblock<span className="visually-hidden"> {other(block).name}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={toLift !== null}
        title="Unblock?"
        confirmLabel="Unblock"
        tone="primary"
        isBusy={unblock.isPending}
        onConfirm={confirm}
        onClose={() => setToLift(null)}
      >
        <p>You and {toLift ? other(toLift).name : ""} can work together again (unless they blocked you too).</p>
      </ConfirmDialog>
    </Section>
  );
}

/**
 * "Block this company" on a company page (for workers) and "Block this worker" on a worker page (for company admins
 * and managers); once blocked, the button says so and offers Unblock.
 */
export function BlockButton({ target }: { target: { companyId: string } | { workerId: string } }) {
  const me = useSession();
  const isWorker = me.accountType === "worker";
  const blocks = useBlocks();
  const [asking, setAsking] = useState(false);
  const notify = useToast();
  const unblock = useUnblock();
  const blockIt = useBlock();
  const word = "companyId" in target ? "company" : "worker";
  const allowed = "companyId" in target ? isWorker : mayBlock(me.company?.role);
  if (!allowed || blocks.isPending) {
    return null;
  }
  const existing = blocks.data?.items.find((b) =>
    "companyId" in target ? b.company.id === target.companyId : b.worker.id === target.workerId,
  );
  if (existing) {
    return (
      <Button
        size="small"
        isBusy={unblock.isPending}
        onClick={() =>
          unblock.mutate(existing.id, {
            onSuccess: () => notify(`This ${word} is unblocked.`),
            onError: (error) => notify(error.message, "error"),
          })
        }
      >
        Unblock this {word}
      </Button>
    );
  }
  return (
    <>
      <Button size="small" variant="danger" onClick={() => setAsking(true)}>
        Block this {word}
      </Button>
      <ConfirmDialog
        isOpen={asking}
        title={`Block this ${word}?`}
        confirmLabel={`Block ${word}`}
        isBusy={blockIt.isPending}
        onConfirm={() =>
          blockIt.mutate(target, {
            onSuccess: () => notify(`This ${word} is blocked. You can unblock in Settings.`),
            onError: (error) => notify(error.message, "error"),
            onSettled: () => setAsking(false),
          })
        }
        onClose={() => setAsking(false)}
      >
        <p>
          {word === "company"
            ? "The company can no longer send you work or message you, and its new work leaves your inbox."
            : "The worker can no longer be sent your company's work, apply or message you."}{" "}
          Work already assigned runs to its end. They are not told; you can unblock at any time in Settings.
        </p>
      </ConfirmDialog>
    </>
  );
}
