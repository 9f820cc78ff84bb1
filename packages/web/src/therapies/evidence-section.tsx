import type { TherapyDetailResponse } from "@painplan/core";
import { certaintyWords, sourceLinkPlace, sourceStrengthWords } from "./therapy-words";

type EvidenceSectionProps = Pick<TherapyDetailResponse, "sources"> & {
  evidence: TherapyDetailResponse["therapy"]["evidence"];
};

/** What research says, how sure it is, and where it comes from, in that order. */
export function EvidenceSection({ evidence, sources }: EvidenceSectionProps) {
  return (
    <section className="panel" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">What research says</h2>
      <p>{evidence.summary}</p>
      <p>
        <strong>How sure this is:</strong> {certaintyWords[evidence.certainty]}.
      </p>
      {sources.length > 0 && (
        <>
          <h3>Sources</h3>
          <ul className="link-list">
            {sources.map((source) => (
              <li key={source.id}>
                <a className="source-link" href={source.url} rel="noreferrer" target="_blank">
                  {source.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
                <br />
                <span className="field__hint">
                  {source.citation}. Opens {sourceLinkPlace(source.url)}.
                  {sourceStrengthWords[source.verification] !== undefined &&
                    ` ${sourceStrengthWords[source.verification] ?? ""}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
