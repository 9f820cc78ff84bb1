/** Router state of the sign-in page right after signing out: show a notice, do not redirect. */
export const signedOutState = { isSignedOut: true } as const;

export function isSignedOutState(state: unknown): boolean {
  return typeof state === "object" && state !== null && "isSignedOut" in state;
}

/** Router state of the sign-in page right after the person erased their account. */
export const accountErasedState = { isSignedOut: true, isAccountErased: true } as const;

export function isAccountErasedState(state: unknown): boolean {
  return typeof state === "object" && state !== null && "isAccountErased" in state;
}
