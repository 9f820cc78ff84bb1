import type { ReactNode } from "react";

/** What the welcome page lists; each has a line drawing made for PainPlan. */
export type Feature = "diary" | "check-ins" | "safety" | "library";

const drawings: Readonly<Record<Feature, ReactNode>> = {
  // An open notebook with a line of writing and a small pain scale.
  diary: (
    <>
      <path d="M4 7c4-2 8-2 12 1v18c-4-3-8-3-12-1z" />
      <path d="M28 7c-4-2-8-2-12 1v18c4-3 8-3 12-1z" />
      <path d="M7 12h6M7 16h4M19 12h6M19 16h2M23 16h2" />
    </>
  ),
  // A clipboard with two ticked lines.
  "check-ins": (
    <>
      <rect x="7" y="6" width="18" height="22" rx="2" />
      <path d="M12 6V4h8v2" />
      <path d="M11 13l2 2 3-4M11 21l2 2 3-4M19 14h3M19 22h3" />
    </>
  ),
  // A shield with a tick: checked before you try something.
  safety: (
    <>
      <path d="M16 4l10 4v7c0 6-4 11-10 13C10 26 6 21 6 15V8z" />
      <path d="M11.5 16l3 3 6-7" />
    </>
  ),
  // Two books side by side and a leaf.
  library: (
    <>
      <path d="M5 27V8h5v19M10 27V6h5v21" />
      <path d="M17 27c0-9 4-15 11-16 0 8-4 14-11 16zM17 27l7-10" />
      <path d="M3 28h26" />
    </>
  ),
};

/** A welcome-page icon; decorative (aria-hidden): the feature's name is written next to it. */
export function FeatureIcon({ feature }: { feature: Feature }) {
  return (
    <svg
      className="landing__icon"
      viewBox="0 0 32 32"
      width={40}
      height={40}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {drawings[feature]}
    </svg>
  );
}
