import { type ReactNode, useEffect } from "react";

interface PageHeaderProps {
  title: string;
  /** One sentence under the title saying what the page is for. */
  lead?: ReactNode;
  actions?: ReactNode;
  /** A small label above the title, e.g. the section ("Company"). */
  eyebrow?: string;
}

/** The page's one h1; it also names the browser tab, which is what screen readers announce on navigation. */
export function PageHeader({ title, lead, actions, eyebrow }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · Worklane`;
  }, [title]);
  return (
    <header className="page-header">
      <div className="page-header__text">
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1 className="page-header__title">{title}</h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
