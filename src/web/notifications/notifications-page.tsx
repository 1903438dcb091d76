import { Link } from "react-router";
import type { NotificationView } from "#domains/notifications/contract";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { useMarkRead, useNotifications } from "./queries";

function Item({ notification }: { notification: NotificationView }) {
  const markRead = useMarkRead();
  return (
    <li className={notification.read ? "notification" : "notification notification--unread"}>
      <p>
        <Link to={notification.link} onClick={() => !notification.read && markRead.mutate({ id: notification.id })}>
          {notification.title}
        </Link>{" "}
        {notification.read ? null : <span className="muted small">(unread)</span>}
      </p>
      <p className="muted small">
        <DateTime value={notification.createdAt} />
      </p>
      <p className="small notification__body">{notification.body}</p>
      {notification.read ? null : (
        <Button size="small" variant="ghost" onClick={() => markRead.mutate({ id: notification.id })}>
          Mark read<span className="visually-hidden">: {notification.title}</span>
        </Button>
      )}
    </li>
  );
}

/** /notifications: newest first, each linked to its record; mark one or all read. */
export function NotificationsPage() {
  const list = useNotifications();
  const markRead = useMarkRead();
  if (list.isPending) {
    return <Loading />;
  }
  if (list.isError) {
    return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  }
  const { items, unreadCount } = list.data;
  return (
    <>
      <PageHeader
        title="Notifications"
        lead={unreadCount > 0 ? `${unreadCount} unread` : "All read"}
        actions={
          unreadCount > 0 ? (
            <Button onClick={() => markRead.mutate({ all: true })} isBusy={markRead.isPending}>
              Mark all read
            </Button>
          ) : null
        }
      />
      {items.length === 0 ? <p className="muted">Nothing yet.</p> : null}
      <ul className="link-list" aria-label="Notifications">
        {items.map((n) => (
          <Item key={n.id} notification={n} />
        ))}
      </ul>
    </>
  );
}
