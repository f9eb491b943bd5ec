import { z } from 'zod';

// Imported first by main.tsx, before any schema is built. Zod 4 otherwise probes `new Function` to
// JIT-compile parsers; our Content-Security-Policy forbids eval, and the browser reports the probe as a
// violation. Parsing is just as correct without the JIT, and our payloads are small.
z.config({ jitless: true });
