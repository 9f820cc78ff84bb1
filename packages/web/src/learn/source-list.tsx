import type { LearnSource } from "./learn-sources";

/** The sources behind one section, right under it, so nobody has to hunt for them. */
export function SourceList({ sources }: { sources: readonly LearnSource[] }) {
  return (
    <div className="source-list">
      <p className="source-list__title">{sources.length === 1 ? "Source" : "Sources"}</p>
      <ul className="source-list__items">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} rel="noreferrer" target="_blank">
              {source.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
