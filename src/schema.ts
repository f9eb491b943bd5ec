import { z } from 'zod/mini';
import { en } from 'zod/locales';

// Every schema module imports `z` from here, never from 'zod' or 'zod/mini' (ESLint enforces it), so this
// runs before any schema is built, whatever chunk the bundler puts it in. Zod 4 otherwise probes
// `new Function` to JIT-compile parsers; our Content-Security-Policy forbids eval, and the browser reports
// the probe as a violation. Parsing is just as correct without the JIT, and our payloads are small.
//
// `zod/mini` (functional API, tree-shakable) rather than classic `zod`, to keep ~20 KB gzip out of the
// initial bundle. Unlike classic zod it registers no locale, so issues would only say "Invalid input":
// English is registered explicitly to keep messages like "Invalid input: expected string, received
// undefined" in ResponseShapeError and form errors.
z.config({ jitless: true });
z.config(en());

export { z };
