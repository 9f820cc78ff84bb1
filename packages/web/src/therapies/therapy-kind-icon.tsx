import type { TherapyKind } from "@painplan/core";

/**
 * Line drawings made for PainPlan, one per kind of therapy, on a 32 × 32 grid with round
 * strokes in the text colour (so they follow light and dark themes and high contrast).
 */
const drawings: Readonly<Record<TherapyKind, React.ReactNode>> = {
  // Two open hands, palms down, as in a massage stroke.
  massage: (
    <>
      <path d="M4 20c3-1 6-1 9 0l3 1M4 20v-3c0-1.5 1-2.5 2.5-2.5H14" />
      <path d="M7 14.5V10M10 14.5V9M13 14.5V10" />
      <path d="M28 20c-3-1-6-1-9 0l-3 1M28 20v-3c0-1.5-1-2.5-2.5-2.5H18" />
      <path d="M25 14.5V10M22 14.5V9M19 14.5V10" />
      <path d="M5 26h22" />
    </>
  ),
  // A fine needle over a point on the skin, with its small handle.
  acupuncture: (
    <>
      <path d="M16 4v5M14 9h4v5h-4zM16 14v10" />
      <circle cx="16" cy="26" r="1.5" />
      <path d="M6 28h20" />
      <path d="M9 23l2 1M23 23l-2 1" />
    </>
  ),
  // A figure in tree pose: one foot on the other leg, hands together above the head.
  yoga: (
    <>
      <circle cx="16" cy="5.5" r="2.5" />
      <path d="M16 8v10M16 18l0 10M16 18l-4 3 4 2" />
      <path d="M16 11l-4-4M16 11l4-4M12 7l4-3 4 3" />
      <path d="M11 28h10" />
    </>
  ),
  // A calm breath: waves rising and settling, with a rising sun of attention.
  mindfulness: (
    <>
      <path d="M9 13a7 7 0 0 1 14 0" />
      <path d="M16 3v2M7 6l1.5 1.5M25 6l-1.5 1.5" />
      <path d="M4 19c3-2 5-2 8 0s5 2 8 0 5-2 8 0" />
      <path d="M4 25c3-2 5-2 8 0s5 2 8 0 5-2 8 0" />
    </>
  ),
  // A leaf with its vein: other care (movement, devices, medicines) for the body.
  other: (
    <>
      <path d="M6 26C6 14 14 6 26 6c0 12-8 20-20 20z" />
      <path d="M6 26L19 13M12 20h5M15 17v-4" />
    </>
  ),
};

/** The kind's icon; decorative (aria-hidden), so the kind's name must be written next to it. */
export function TherapyKindIcon({ kind, size = 32 }: { kind: TherapyKind; size?: number }) {
  return (
    <svg
      className="therapy-kind-icon"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-kind={kind}
    >
      {drawings[kind]}
    </svg>
  );
}
