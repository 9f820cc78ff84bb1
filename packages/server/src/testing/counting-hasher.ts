import { argon2PasswordHasher, type PasswordHasher } from "../accounts/password-hasher.js";

/** The real argon2 hasher, counting every check of a password against a hash (real or decoy). */
export function countingHasher(): PasswordHasher & { verifications(): number; reset(): void } {
  const real = argon2PasswordHasher();
  let count = 0;
  return {
    hash: (password) => real.hash(password),
    verify: (passwordHash, password) => {
      count += 1;
      return real.verify(passwordHash, password);
    },
    verifyAgainstNothing: (password) => {
      count += 1;
      return real.verifyAgainstNothing(password);
    },
    verifications: () => count,
    reset: () => {
      count = 0;
    },
  };
}
