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
