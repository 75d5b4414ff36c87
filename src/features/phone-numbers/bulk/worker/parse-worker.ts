// First: the page's CSP forbids eval, and zod must not probe for it (see zod-without-eval.ts).
import '@/lib/zod-without-eval'

import { answerParseRequest } from './parse-worker-protocol'

// Runs in a dedicated worker (see parse-in-worker.ts): parsing and checking 10,000 lines
// takes longer than a frame, and here it keeps the page responsive.
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  for (const reply of answerParseRequest(event.data)) self.postMessage(reply)
})
