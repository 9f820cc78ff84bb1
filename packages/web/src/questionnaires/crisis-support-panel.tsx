import { crisisSupport } from "@painplan/core";

/** Always shown beside mood questions and their results: help is one tap away. */
export function CrisisSupportPanel({ isEmphasised = false }: { isEmphasised?: boolean }) {
  return (
    <aside
      className={
        isEmphasised ? "panel crisis-support crisis-support--emphasised" : "panel crisis-support"
      }
      aria-labelledby="crisis-support-heading"
    >
      <h2 id="crisis-support-heading">{crisisSupport.heading}</h2>
      <p>{crisisSupport.message}</p>
      <ul className="link-list">
        <li>
          <a className="button button--secondary" href="tel:988">
            Call 988 (Suicide and Crisis Lifeline, United States)
          </a>
        </li>
        <li>
          <a className="button button--secondary" href="sms:988">
            Text 988
          </a>
        </li>
      </ul>
      <p>Outside the United States, call your local emergency number.</p>
    </aside>
  );
}
