import { crisisSupportFor } from "@painplan/core";
import { useId } from "react";

type CrisisPanelProps = {
  /** The person's country (ISO 3166-1 alpha-2), or null when unknown: picks the lines. */
  country: string | null;
  /** Stronger border after an answer that calls for it (positive screen, self-harm). */
  isEmphasised?: boolean;
};

/**
 * Crisis support for the person's country (clinical reference §8): that country's lines as call
 * and text buttons, and always the local emergency number. A country without lines here gets
 * the generic guidance, never another country's number. Help is one tap away.
 */
export function CrisisPanel({ country, isEmphasised = false }: CrisisPanelProps) {
  const support = crisisSupportFor(country);
  const headingId = useId();
  return (
    <aside
      className={
        isEmphasised ? "panel crisis-support crisis-support--emphasised" : "panel crisis-support"
      }
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{support.heading}</h2>
      <p>{support.message}</p>
      {support.lines.map((line) => (
        <div key={line.name} className="crisis-support__line">
          <h3>
            {line.name}
            {support.countryName !== null && ` (${support.countryName})`}
          </h3>
          <ul className="link-list">
            {line.contacts.map((contact) => (
              <li key={contact.href}>
                <a className="button button--secondary" href={contact.href}>
                  {contact.text}
                </a>
              </li>
            ))}
          </ul>
          <p>{line.note}</p>
        </div>
      ))}
      {support.elsewhere !== null && <p>{support.elsewhere}</p>}
      <p>
        <strong>{support.emergency}</strong>
      </p>
    </aside>
  );
}
