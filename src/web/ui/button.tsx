import type { ButtonHTMLAttributes, ReactNode, Ref } from "react";
import { Link, type LinkProps } from "react-router";

type Variant = "primary" | "secondary" | "danger" | "ghost";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  ref?: Ref<HTMLButtonElement>;
  variant?: Variant;
  /** Shows a busy state and blocks double submits while a request runs. */
  isBusy?: boolean;
  size?: "normal" | "small";
  children: ReactNode;
}

function classes(variant: Variant, size: "normal" | "small", extra?: string): string {
  return ["button", `button--${variant}`, size === "small" ? "button--small" : "", extra ?? ""]
    .filter(Boolean)
    .join(" ");
}

export function Button({
  variant = "secondary",
  size = "normal",
  isBusy = false,
  type = "button",
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={classes(variant, size, className)}
      disabled={disabled || isBusy}
      aria-busy={isBusy || undefined}
      {...rest}
    >
      {isBusy ? <span className="button__spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}

interface ButtonLinkProps extends LinkProps {
  variant?: Variant;
  size?: "normal" | "small";
}

/** A link that looks like a button: navigation stays a link for assistive technology. */
export function ButtonLink({ variant = "secondary", size = "normal", className, ...rest }: ButtonLinkProps) {
  return <Link className={classes(variant, size, className)} {...rest} />;
}
