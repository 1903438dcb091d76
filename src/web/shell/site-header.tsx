import { useEffect, useId, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import type { Me } from "#domains/accounts/contract";
import { useLogOut } from "../accounts/queries";
import { NotificationBell } from "../notifications/notification-bell";
import { Button, ButtonLink } from "../ui/button";
import { useToast } from "../ui/toast";
import { accountLinks, type NavLink as Link_, primaryLinks } from "./nav-links";

function NavList({ links, label }: { links: Link_[]; label: string }) {
  const { pathname } = useLocation();
  return (
    <ul className="site-nav__list" aria-label={label}>
      {links.map((link) => {
        const isCurrent = pathname === link.to || (link.alsoCurrentAt ?? []).includes(pathname);
        return (
          <li key={link.to}>
            <Link to={link.to} className="site-nav__link" aria-current={isCurrent ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The header: brand, the navigation for this kind of account and the account links. Under 48rem the links
 * fold behind a Menu button (a disclosure, so keyboard and screen readers know whether it is open).
 */
export function SiteHeader({ me }: { me: Me | null | undefined }) {
  const [isOpen, setIsOpen] = useState(false);
  const menuId = useId();
  const location = useLocation();
  const navigate = useNavigate();
  const notify = useToast();
  const logOut = useLogOut();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the menu closes whenever the page changes.
  useEffect(() => setIsOpen(false), [location.pathname]);

  const onLogOut = () =>
    logOut.mutate(undefined, {
      onSettled: () => {
        notify("You are logged out.", "info");
        void navigate("/login");
      },
    });

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={me ? "/home" : "/"} className="brand">
          <span className="brand__mark" aria-hidden="true">
            W
          </span>
          Worklane
        </Link>
        {me ? (
          <>
            <button
              type="button"
              className="site-header__toggle"
              aria-expanded={isOpen}
              aria-controls={menuId}
              onClick={() => setIsOpen((open) => !open)}
            >
              Menu
            </button>
            <nav id={menuId} className={`site-nav${isOpen ? " site-nav--open" : ""}`} aria-label="Main">
              <NavList links={primaryLinks(me)} label="Sections" />
              <div className="site-nav__account">
                <p className="site-nav__who" title={me.company ? `${me.name} · ${me.company.name}` : me.name}>
                  <span className="visually-hidden">Logged in as </span>
                  {me.name}
                  {me.company ? <span className="site-nav__company"> · {me.company.name}</span> : null}
                </p>
                <NotificationBell />
                <NavList links={accountLinks()} label="Your account" />
                <Button size="small" onClick={onLogOut} isBusy={logOut.isPending}>
                  Log out
                </Button>
              </div>
            </nav>
          </>
        ) : (
          <nav className="site-nav site-nav--public" aria-label="Main">
            <ButtonLink to="/login" variant="ghost" size="small">
              Log in
            </ButtonLink>
            <ButtonLink to="/signup" variant="primary" size="small">
              Sign up
            </ButtonLink>
          </nav>
        )}
      </div>
    </header>
  );
}
