import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { shouldMoveFocus } from "./page-focus";

type PageProps = {
  /** For the browser tab and history: short, page first. */
  title: string;
  /** The visible h1, when it should say more than the title. */
  heading?: string;
  intro?: ReactNode;
  children?: ReactNode;
};

export function Page({ title, heading, intro, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${title} · PainPlan`;
  }, [title]);

  useEffect(() => {
    if (shouldMoveFocus(pathname)) headingRef.current?.focus();
  }, [pathname]);

  return (
    <div className="page">
      <h1 className="page__heading" ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {intro !== undefined && <div className="page__intro">{intro}</div>}
      {children}
    </div>
  );
}
