import { Button } from "../ui/button";
import { useToast } from "../ui/toast";
import { useResendVerification } from "./queries";

/** Shown to an account that has not opened its verification link yet: what it cannot do, and a resend button. */
export function VerifyEmailBanner() {
  const resend = useResendVerification();
  const notify = useToast();
  return (
    <section className="alert alert--warning verify-banner" aria-label="Confirm your email address">
      <p className="alert__title">Confirm your email address</p>
      <p>
        Open the link we emailed you. Until then you can fill in your profile, but not send, accept or apply for work.
      </p>
      {resend.error ? <p className="field__error">{resend.error.message}</p> : null}
      <Button
        variant="secondary"
        isBusy={resend.isPending}
        onClick={() => resend.mutate(undefined, { onSuccess: () => notify("A new link is on its way.") })}
      >
        Send the link again
      </Button>
    </section>
  );
}
