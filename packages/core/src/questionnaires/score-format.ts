/** Rounds half away from zero at `decimals` (5.25 -> 5.3), as people round by hand. */
export function roundScore(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded =
    (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
  // Avoid "-0" for a rounded value of zero.
  return rounded === 0 ? 0 : rounded;
}

export function displayScore(value: number, decimals: number): string {
  return roundScore(value, decimals).toFixed(decimals);
}
