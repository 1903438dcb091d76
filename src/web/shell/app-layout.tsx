import { useEffect, useRef } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { useMe } from "../accounts/queries";
import { VerifyEmailBanner } from "../accounts/verify-email-banner";
import { LockedBanner } from "../payments/locked-banner";
import { SignedInZone } from "./signed-in-zone";
import { SiteHeader } from "./site-header";

/**
 * Every page's frame. After client-side navigation focus moves to <main>, so keyboard and screen-reader users
 * start at the new content instead of wherever the old page left them.
 */
export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, by design.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader me={me.data} />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {me.data && !me.data.emailVerified && location.pathname !== "/verify-email" ? <VerifyEmailBanner /> : null}
        {me.data?.company ? <LockedBanner /> : null}
        <SignedInZone me={me.data}>
          <Outlet />
        </SignedInZone>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>Worklane: work done well, paid on time.</p>
          <ul className="site-footer__links">
            <li>
              <Link to="/policies/terms_of_service">Terms of Service</Link>
            </li>
            <li>
              <Link to="/policies/violation_guidelines">Community Violation Guidelines</Link>
            </li>
            <li>
              <a href="/docs">API reference</a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
