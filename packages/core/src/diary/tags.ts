/**
 * Trigger and helper tags: short words a person reuses ("cold weather", "long walk"). Tags are
 * compared without regard to letter case or extra spaces, so "Cold  weather" and "cold weather"
 * are one tag; the spelling used most recently is the one shown.
 */
export function normalizeTag(tag: string): string {
  return tag.normalize("NFC").trim().replace(/\s+/g, " ");
}

function tagKey(tag: string): string {
  return normalizeTag(tag).toLocaleLowerCase("en");
}

/** Drops repeats of a tag within one list, keeping the first spelling and the order. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tagKey(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type TagUse = { tag: string; uses: number };

/**
 * The person's tags, most used first (ties: most recently used first). `tagLists` are the
 * lists of their entries, newest entry first.
 */
export function rankTags(tagLists: readonly (readonly string[])[]): TagUse[] {
  const byKey = new Map<string, TagUse & { newest: number }>();
  tagLists.forEach((tags, position) => {
    for (const tag of uniqueTags(tags)) {
      const key = tagKey(tag);
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, { tag, uses: 1, newest: position });
      else known.uses += 1;
    }
  });
  return [...byKey.values()]
    .sort((a, b) => b.uses - a.uses || a.newest - b.newest)
    .map(({ tag, uses }) => ({ tag, uses }));
}
