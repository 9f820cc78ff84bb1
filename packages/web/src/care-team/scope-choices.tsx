import { careTeamScopes, type CareTeamScopeSet } from "@painplan/core";
import { scopeWords } from "./scope-words";

type ScopeChoicesProps = {
  id: string;
  legend: string;
  scopes: CareTeamScopeSet;
  onChange: (scopes: CareTeamScopeSet) => void;
};

/** One large checkbox per scope, each with what it shares; nothing is on by default. */
export function ScopeChoices({ id, legend, scopes, onChange }: ScopeChoicesProps) {
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      {careTeamScopes.map((scope) => {
        const inputId = `${id}-${scope}`;
        return (
          <div key={scope}>
            <label className="choice">
              <input
                type="checkbox"
                id={inputId}
                name={inputId}
                checked={scopes[scope]}
                aria-describedby={`${inputId}-hint`}
                onChange={(event) => {
                  onChange({ ...scopes, [scope]: event.target.checked });
                }}
              />
              <span className="choice__label">{scopeWords[scope].label}</span>
            </label>
            <p className="field__hint" id={`${inputId}-hint`}>
              {scopeWords[scope].hint}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
