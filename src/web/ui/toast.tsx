import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";

type ToastTone = "success" | "error" | "info";
interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}
type Notify = (message: string, tone?: ToastTone) => void;

const ToastContext = createContext<Notify>(() => undefined);

/** Short confirmations after an action ("Invitation sent"): the latest only. Errors stay until dismissed; others fade. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, tone = "success") => {
      const id = nextId.current++;
      // A new confirmation replaces the previous ones (issue 9: an old "saved" must not pass for the new action's);
      // errors stay until dismissed.
      setToasts((all) => [...all.filter((toast) => toast.tone === "error").slice(-3), { id, message, tone }]);
      if (tone !== "error") {
        window.setTimeout(() => dismiss(id), 6000);
      }
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label="Notifications">
        <div aria-live="polite" aria-atomic="false" className="toasts__list">
          {toasts.map((toast) => (
            <div key={toast.id} className={`toast toast--${toast.tone}`}>
              <p className="toast__message">{toast.message}</p>
              <button type="button" className="toast__close" onClick={() => dismiss(toast.id)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Dismiss notification</span>
              </button>
            </div>
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  return useContext(ToastContext);
}
