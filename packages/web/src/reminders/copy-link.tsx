import { useState } from "react";

type CopyLinkProps = { url: string; webcalUrl: string };

/**
 * The new feed link, in a read-only field (selectable by hand too), with a Copy button and a
 * webcal: link that opens the calendar app directly on phones.
 */
export function CopyLink({ url, webcalUrl }: CopyLinkProps) {
  const [copied, setCopied] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Copied. Paste it into your calendar app's “add calendar from URL”.");
    } catch {
      setCopied("Copying did not work here: select the link and copy it by hand.");
    }
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor="feed-url">
        Your private calendar link (shown only now)
      </label>
      <input
        className="field__input"
        id="feed-url"
        readOnly
        value={url}
        onFocus={(event) => {
          event.target.select();
        }}
      />
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy the link
        </button>
        <a className="button button--secondary" href={webcalUrl}>
          Open in my calendar app
        </a>
      </div>
      <p className="form__status" role="status">
        {copied}
      </p>
    </div>
  );
}
