import type { User } from "@painplan/core";
import { createContext, useContext } from "react";

/** Provided by the sign-in guard, so pages behind it never handle "no user". */
export const SignedInUserContext = createContext<User | undefined>(undefined);

export function useSignedInUser(): User {
  const user = useContext(SignedInUserContext);
  if (user === undefined)
    throw new Error("useSignedInUser is only for pages behind RequireSignIn.");
  return user;
}
