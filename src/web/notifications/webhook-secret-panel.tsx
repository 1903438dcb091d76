import { useEffect, useRef } from "react";
import { secretHint } from "#shared/secret-hint";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";

/** The one moment a signing secret is visible (after adding an endpoint or rotating its secret). */
export function WebhookSecretPanel({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="alert alert--warning secret-panel" tabIndex={-1} aria-label="Your signing secret">
      <p className="alert__title">Copy the signing secret for {url} now: it will not be shown again</p>
      <p>
        This is the only time Worklane shows it; afterwards the endpoint shows only its last 4 characters (
        <code>{secretHint(secret)}</code>). Your receiver uses it to check the <code>webhook-signature</code> of every
        delivery with any Standard Webhooks library. If you lose it, rotate it.
      </p>
      <div className="secret">
        <code className="secret__value" data-testid="webhook-secret">
          {secret}
        </code>
        <CopyButton text={secret} label="Copy secret" />
      </div>
      <Button size="small" onClick={onDone}>
        I have stored it safely
      </Button>
    </section>
  );
}
