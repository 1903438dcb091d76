import { useEffect, useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { useMe, useVerifyEmail } from "./queries";
import { VerifyEmailBanner } from "./verify-email-banner";

/** The page the link emailed at sign-up opens (/verify-email?token=…): confirms the address, logged in or not. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const verify = useVerifyEmail();
  const me = useMe();
  const sent = useRef(false);

  useEffect(() => {
    // Once per visit, also under React's development double effects: the link works only once.
    if (token && !sent.current) {
      sent.current = true;
      verify.mutate(token);
    }
  }, [token, verify]);

  return (
    <div className="narrow">
      <PageHeader title="Confirm your email address" />
      {verify.isSuccess ? (
        <div className="card" role="status">
          <p className="alert__title">Your email address is confirmed</p>
          <p>You can now send, accept and apply for work.</p>
          <p>{me.data ? <Link to="/home">Go to your home page</Link> : <Link to="/login">Log in</Link>}</p>
        </div>
      ) : verify.isError || !token ? (
        <>
          {token ? <ProblemAlert error={verify.error} /> : <p>This page needs the link from your email.</p>}
          {me.data && !me.data.emailVerified ? <VerifyEmailBanner /> : <Link to="/login">Log in</Link>}
        </>
      ) : (
        <p className="loading">Confirming…</p>
      )}
    </div>
  );
}
