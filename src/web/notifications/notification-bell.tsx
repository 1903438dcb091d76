import { Link } from "react-router";
import { useLiveNotifications, useUnreadCount } from "./queries";

/** The header's bell: the unread count, live over the stream, linking to the notifications page. */
export function NotificationBell() {
  useLiveNotifications(true);
  const count = useUnreadCount() ?? 0;
  return (
    <Link to="/notifications" className="site-nav__link notification-bell" data-testid="notification-bell">
      <span aria-hidden="true">🔔</span> Notifications
      {count > 0 ? (
        <span className="notification-bell__count">
          {" "}
          {count}
          <span className="visually-hidden"> unread</span>
        </span>
      ) : null}
    </Link>
  );
}
