// zod/mini: on the first visit's path, where every kilobyte counts.
import { config } from 'zod/mini'

/**
 * The app's Content Security Policy forbids eval (server/security-headers.ts), so zod's
 * compiled fast path can never run here. Left to itself, zod still probes for eval with a
 * `new Function` the first time an object schema is built, and Chromium reports that probe
 * as a Content Security Policy violation even though zod catches the error. `jitless` skips
 * the probe and changes nothing else. Imported first in main.tsx: it must run before any
 * module builds a schema.
 */
config({ jitless: true })
