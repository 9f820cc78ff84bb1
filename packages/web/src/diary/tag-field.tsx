import { diaryLimits, normalizeTag, uniqueTags } from "@painplan/core";
import { useState, type KeyboardEvent } from "react";
import { FieldMessages } from "../forms/field-messages";

type TagFieldProps = {
  id: string;
  legend: string;
  hint: string;
  tags: readonly string[];
  /** The person's earlier tags, most used first: one tap adds one again. */
  earlierTags: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string | undefined;
};

const suggestionCount = 8;

/** Short reusable words ("cold weather", "long walk"): tap an earlier one or type a new one. */
export function TagField({ id, legend, hint, tags, earlierTags, onChange, error }: TagFieldProps) {
  const [text, setText] = useState("");
  const chosen = new Set(tags.map((tag) => tag.toLocaleLowerCase("en")));
  const suggestions = earlierTags
    .filter((tag) => !chosen.has(tag.toLocaleLowerCase("en")))
    .slice(0, suggestionCount);

  function add(tag: string) {
    const normalized = normalizeTag(tag);
    if (normalized === "") return;
    onChange(uniqueTags([...tags, normalized.slice(0, diaryLimits.tagMaxLength)]));
    setText("");
  }

  function addOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the tag instead of sending the whole form half-filled.
    if (event.key !== "Enter") return;
    event.preventDefault();
    add(text);
  }

  return (
    <fieldset
      className={error === undefined ? "field tag-field" : "field field--invalid tag-field"}
    >
      <legend className="field__label">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {tags.length > 0 && (
        <ul className="tag-field__chosen" aria-label={`${legend}: chosen`}>
          {tags.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                className="button button--secondary tag-field__tag"
                onClick={() => {
                  onChange(tags.filter((other) => other !== tag));
                }}
              >
                {tag}
                <span aria-hidden="true"> ×</span>
                <span className="visually-hidden"> (remove)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div className="tag-field__suggestions">
          <p className="tag-field__caption">Used before, tap to add:</p>
          <ul className="tag-field__list">
            {suggestions.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="button button--quiet tag-field__tag"
                  onClick={() => {
                    add(tag);
                  }}
                >
                  <span aria-hidden="true">+ </span>
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="tag-field__add">
        <label className="tag-field__label" htmlFor={id}>
          Add your own<span className="visually-hidden"> ({legend.toLowerCase()})</span>
        </label>
        <input
          className="field__input tag-field__input"
          id={id}
          value={text}
          maxLength={diaryLimits.tagMaxLength}
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
          }}
          onKeyDown={addOnEnter}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            add(text);
          }}
        >
          Add<span className="visually-hidden"> to {legend.toLowerCase()}</span>
        </button>
      </div>
    </fieldset>
  );
}
