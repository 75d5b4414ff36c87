import { html } from 'hono/html'
import { NAMED_BUSINESSES, PERSONAS, type Persona, SCOPES } from '../personas.ts'
import { AUTHORIZE_PARAMS, type AuthorizeRequest } from './authorize-request.ts'
import { SCOPE_WORDS } from './scopes.ts'
import { allowOrDeny, hiddenParams, layout, whoAreYou } from './sign-in-markup.ts'

// Thumbtack's consent page, as the sandbox plays it (the markup rules: ./sign-in-markup.ts).

/** Thumbtack has no support role: only the pros (and the read-only pro) can sign in here. */
export const CONSENT_PERSONAS: readonly Persona[] = PERSONAS.filter((p) => p.role === 'pro')

function about(persona: Persona): string {
  const businesses = persona.businesses.map((key) => NAMED_BUSINESSES[key].name).join(', ')
  const readOnly = !persona.scopes.includes(SCOPES.write)
  return readOnly ? `${businesses} · read-only: may look, never change` : businesses
}

export interface ConsentView {
  request: AuthorizeRequest
  clientName: string
  /** The persona chosen before (kept when the page is shown again). */
  chosen?: string
  /** Shown when Allow was pressed without choosing who you are. */
  error?: string
}

export function consentPage({ request, clientName, chosen, error }: ConsentView) {
  const choices = CONSENT_PERSONAS.map((p) => ({ value: p.id, label: p.name, about: about(p) }))
  return layout(
    'Sign in with Thumbtack (sandbox)',
    html`<h1>Sign in with Thumbtack</h1>
      <p class="note">The sandbox's stand-in for Thumbtack's sign-in page. Pick a demo person.</p>
      <form method="post" action="/oauth2/auth">
        ${hiddenParams(AUTHORIZE_PARAMS, request.params)}
        ${whoAreYou({ field: 'persona', choices, chosen, error })}
        <h2>${clientName} is asking to</h2>
        <ul class="scopes">
          ${request.scopes.map((scope) => html`<li>${SCOPE_WORDS[scope] ?? scope} <code>${scope}</code></li>`)}
        </ul>
        ${allowOrDeny}
      </form>`,
  )
}

/** Shown instead of redirecting when the client or its redirect URI cannot be trusted. */
export function errorPage(message: string) {
  return layout(
    'Sign-in link not valid (sandbox)',
    html`<h1>This sign-in link does not work</h1>
      <p>${message}</p>
      <p>Go back to the application and start signing in again.</p>`,
  )
}

export const CONSENT_CSS = `
:root { font-family: system-ui, sans-serif; color: #1a1a1a; background: #f6f7f8; line-height: 1.5; }
main { max-width: 32rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 0.5rem; }
h1 { font-size: 1.5rem; margin-top: 0; }
h2 { font-size: 1.1rem; }
.note, .about { color: #4a4a4a; }
fieldset { border: 1px solid #8a8a8a; border-radius: 0.375rem; padding: 0.75rem 1rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
.choice { display: grid; grid-template-columns: auto 1fr; column-gap: 0.5rem; padding: 0.25rem 0; }
.choice .about { grid-column: 2; font-size: 0.9rem; }
.error { color: #a8071a; font-weight: 600; margin: 0 0 0.5rem; }
code { display: block; font-size: 0.8rem; color: #4a4a4a; overflow-wrap: anywhere; }
.actions { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
button { font: inherit; padding: 0.5rem 1.25rem; border-radius: 0.375rem; border: 2px solid #00695c;
  background: #00695c; color: #fff; cursor: pointer; }
button[value='deny'] { background: #fff; color: #00695c; }
:focus-visible { outline: 3px solid #1f4ed8; outline-offset: 2px; }
`
