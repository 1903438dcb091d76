import { type ReactNode, useId } from "react";

interface SectionProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled card on a page; its heading labels the region for screen-reader navigation. */
export function Section({ title, description, actions, children }: SectionProps) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card__header">
        <div>
          <h2 id={id} className="card__title">
            {title}
          </h2>
          {description ? <p className="card__description">{description}</p> : null}
        </div>
        {actions ? <div className="card__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
