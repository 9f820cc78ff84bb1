import { z } from "zod";

// zod probes `new Function` (for faster parsing) when each object schema is built, and our CSP
// forbids eval: the probe fails quietly but is reported as a violation. This module is imported
// first in main.tsx, so it runs before @painplan/core builds its schemas.
z.config({ jitless: true });
