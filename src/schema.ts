import { z } from 'zod';

// Every schema module imports `z` from here, never from 'zod' (ESLint enforces it), so this runs before
// any schema is built, whatever chunk the bundler puts it in. Zod 4 otherwise probes `new Function` to
// JIT-compile parsers; our Content-Security-Policy forbids eval, and the browser reports the probe as a
// violation. Parsing is just as correct without the JIT, and our payloads are small.
z.config({ jitless: true });

export { z };
