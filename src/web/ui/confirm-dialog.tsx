import { type ReactNode, useEffect, useId, useRef } from "react";
import { Button } from "./button";

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  isBusy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A modal question on the native <dialog>: the browser traps focus, Escape cancels, and the page behind is
 * inert. Focus starts on Cancel (the safe answer) and returns to whatever opened the dialog.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  tone = "danger",
  isBusy = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<Element | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) {
      return;
    }
    if (isOpen && !dialog.open) {
      openerRef.current = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  const handleClose = () => {
    const opener = openerRef.current;
    if (opener instanceof HTMLElement && opener.isConnected) {
      opener.focus();
    }
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={handleClose}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      <div className="dialog__actions">
        <Button ref={cancelRef} onClick={() => dialogRef.current?.close()} disabled={isBusy}>
          Cancel
        </Button>
        <Button variant={tone} onClick={onConfirm} isBusy={isBusy}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
