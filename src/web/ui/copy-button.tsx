import { useState } from "react";
import { Button } from "./button";

/** Copies a secret or link; says so in words, and tells the person to copy by hand when the browser refuses. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <span className="copy-button">
      <Button size="small" onClick={() => void copy()}>
        {state === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="copy-button__status">
        {state === "copied" ? "Copied to the clipboard." : null}
        {state === "failed" ? "Copying is blocked here: select the text and copy it." : null}
      </span>
    </span>
  );
}
