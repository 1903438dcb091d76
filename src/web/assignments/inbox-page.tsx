import { useState } from "react";
import { type RecipientStatus, recipientStatuses } from "#domains/assignments/contract";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/field";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { Pager, useCursorPages } from "../ui/pager";
import { ProblemAlert } from "../ui/problem-alert";
import { Select } from "../ui/select";
import { useViewerZone } from "../ui/viewer-zone";
import { InboxItemCard } from "./inbox-item-card";
import { inboxFilterText } from "./invitation-text";
import { useInbox } from "./queries";

const options = recipientStatuses.map((status) => ({ value: status, label: inboxFilterText[status] }));

/** /inbox: what clients sent the worker, newest first, with everything needed to decide. */
export function InboxPage() {
  const [status, setStatus] = useState<RecipientStatus | "">("invited");
  const pages = useCursorPages();
  const inbox = useInbox({ status: status || undefined, cursor: pages.cursor });
  const zone = useViewerZone();

  return (
    <>
      <PageHeader
        title="Inbox"
        lead={`Assignments clients sent you. Times are in your time zone, ${zone.replaceAll("_", " ")} (change it in your profile).`}
      />
      <div className="search-form">
        <Field label="Show" isOptional>
          {(control) => (
            <Select
              {...control}
              options={options}
              placeholder="Everything"
              value={status}
              onChange={(event) => {
                pages.reset();
                setStatus(event.target.value as RecipientStatus | "");
              }}
            />
          )}
        </Field>
      </div>
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? <ProblemAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.data && inbox.data.items.length === 0 ? (
        <EmptyState title={status === "invited" ? "Nothing waits for your answer." : "Nothing here yet."}>
          <p>Clients find you by your profile: skills, industries and home city.</p>
        </EmptyState>
      ) : null}
      {inbox.data?.items.map((item) => (
        <InboxItemCard key={item.id} item={item} />
      ))}
      <Pager label="Pages of the inbox" pages={pages} nextCursor={inbox.data?.nextCursor} />
    </>
  );
}
