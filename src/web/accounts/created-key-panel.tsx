import { useEffect, useRef } from "react";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";

/** The one moment the key is visible: Worklane keeps only its hash, so this panel says so plainly. */
export function CreatedKeyPanel({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="alert alert--warning secret-panel" tabIndex={-1} aria-label="Your new API key">
      <p className="alert__title">Copy your new key “{name}” now</p>
      <p>
        This is the only time Worklane shows it. We store only a fingerprint, so nobody, including us, can show it
        again. If you lose it, revoke it and create another.
      </p>
      <div className="secret">
        <code className="secret__value" data-testid="api-key-token">
          {token}
        </code>
        <CopyButton text={token} label="Copy key" />
      </div>
      <p className="small">
        Send it as <code>Authorization: Bearer &lt;key&gt;</code>. It acts with your permissions.
      </p>
      <Button size="small" onClick={onDone}>
        I have stored it safely
      </Button>
    </section>
  );
}
