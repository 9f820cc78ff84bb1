/**
 * The pieces every person-text test shares (http/person-text.int.test.ts and each area's own):
 * the control characters a text field must refuse, and a request with one text value replaced.
 */

/** A NUL (PostgreSQL cannot store it), an escape and a C1 control: each must be a 400. */
export const controlCharacters = [
  ["NUL", "a\u0000b"],
  ["escape", "a\u001bb"],
  ["C1 next-line", "a\u0085b"],
] as const;

/**
 * `body` with the value at `path` (dotted, `*` = the first element) replaced by `value`; throws
 * when the path leads nowhere (the valid request lacks the field).
 */
export function withValueAt(body: Record<string, unknown>, path: string, value: string) {
  const copy = structuredClone(body);
  const keys = path.split(".").map((key) => (key === "*" ? "0" : key));
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) throw new Error(`No ${key} in ${path}`);
    node = next as Record<string, unknown>;
  }
  node[keys.at(-1) ?? ""] = value;
  return copy;
}

/** `request` with `value` at `path` of its query string or body. */
export function withText<R extends { url: string; body?: Record<string, unknown> }>(
  request: R,
  part: "body" | "query",
  path: string,
  value: string,
): R {
  if (part === "query") {
    const url = new URL(request.url, "http://painplan.test");
    url.searchParams.set(path, value);
    return { ...request, url: `${url.pathname}${url.search}` };
  }
  if (request.body === undefined) throw new Error(`${request.url} has no body`);
  return { ...request, body: withValueAt(request.body, path, value) };
}
