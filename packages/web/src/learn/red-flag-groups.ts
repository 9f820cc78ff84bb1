import {
  redFlagIds,
  redFlags,
  safetySources,
  type RedFlagId,
  type RedFlagUrgency,
} from "@painplan/core";

export type RedFlagGroup = {
  urgency: RedFlagUrgency;
  heading: string;
  flags: readonly { id: RedFlagId; text: string }[];
};

/** Said in its own section, with the crisis line, not in a list. */
const ownSection: readonly RedFlagId[] = ["self-harm-thoughts"];

const headings: Record<RedFlagUrgency, string> = {
  emergency: "Call an emergency number now (911 in the US, 999 in the UK, 112 in Europe)",
  urgent: "Get medical care today",
};

/**
 * The education page's warning signs: the safety engine's red flags (core/safety/red-flags.ts),
 * in its words and with its urgency, so the page can never be milder than the engine. There is
 * no "soon" group: every sign the engine knows is emergency or same-day.
 */
export function redFlagGroups(): RedFlagGroup[] {
  return (["emergency", "urgent"] as const).map((urgency) => ({
    urgency,
    heading: headings[urgency],
    flags: redFlagIds
      .filter((id) => redFlags[id].urgency === urgency && !ownSection.includes(id))
      .map((id) => ({ id, text: redFlags[id].question })),
  }));
}

/** The sources of every red flag, once each, for the page's source list. */
export function redFlagSources(): { id: string; title: string; url: string }[] {
  const ids = [...new Set(redFlagIds.map((id) => redFlags[id].sourceId))];
  return ids.flatMap((id) => {
    const source = safetySources[id];
    return source.url === null
      ? []
      : [{ id, title: `${source.title}. ${source.citation}.`, url: source.url }];
  });
}
