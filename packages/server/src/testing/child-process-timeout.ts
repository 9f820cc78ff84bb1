/**
 * Time for a test that starts `painplan` as a child process (`node --import tsx src/cli.ts`):
 * each start transpiles the server afresh, 1–2 s on an idle machine and 5–10 s on a loaded 2-CPU
 * CI machine, and some tests start it three times. The suite's 20 s was too little under load
 * (CI: reset-password timed out at 20 s with two starts and an argon2 hash).
 */
export const childProcessTestTimeout = 90_000;
