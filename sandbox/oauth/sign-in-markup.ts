import { html } from 'hono/html'

// The pieces both of the sandbox's sign-in pages are made of: Thumbtack's consent page
// (./authorize-page.ts) and the staff provider's (../staff-idp/authorize-page.ts). Rendered
// on the server; every value goes through hono/html's `html` tag, which escapes it, so no
// request text ever becomes markup. No script at all: plain form POSTs, so the pages work
// by keyboard and under a CSP without 'unsafe-inline'.

// Served by ./authorize-routes.ts, which mounts `/consent.css` under `/oauth2`.
const CONSENT_CSS_PATH = '/oauth2/consent.css'

/** The style sheet both pages share, served at CONSENT_CSS_PATH. */
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

/** A sign-in page's frame, with the style sheet both pages share. */
export function layout(title: string, body: unknown) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="${CONSENT_CSS_PATH}" />
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`
}

/** The authorization request's parameters, carried through the form as they came. */
export function hiddenParams(
  names: readonly string[],
  params: Readonly<Record<string, string | undefined>>,
) {
  return names.flatMap((name) => {
    const value = params[name]
    return value === undefined
      ? []
      : [html`<input type="hidden" name="${name}" value="${value}" />`]
  })
}

export interface WhoChoice {
  /** The radio's value, also the end of its element ID. */
  value: string
  label: string
  /** The line under the name, tied to the radio by aria-describedby. */
  about: string
}

/**
 * "Who are you?": one radio per demo person, required. After Allow without a choice, the
 * error is said in an alert that every radio points to, and the choice made before is kept.
 */
export function whoAreYou({
  field,
  choices,
  chosen,
  error,
}: {
  /** The form field's name: `persona` on Thumbtack's page, `staff` on the staff provider's. */
  field: string
  choices: readonly WhoChoice[]
  chosen: string | undefined
  error: string | undefined
}) {
  const invalid = error !== undefined
  const errorID = `${field}-error`
  const choice = ({ value, label, about }: WhoChoice) => {
    const id = `${field}-${value}`
    return html`<div class="choice">
      <input
        type="radio"
        id="${id}"
        name="${field}"
        value="${value}"
        required
        aria-describedby="${id}-about${invalid ? ` ${errorID}` : ''}"
        ${value === chosen ? html` checked` : ''}
      />
      <label for="${id}">${label}</label>
      <span class="about" id="${id}-about">${about}</span>
    </div>`
  }
  return html`<fieldset${invalid ? html` aria-invalid="true"` : ''}>
    <legend>Who are you?</legend>
    ${invalid ? html`<p class="error" id="${errorID}" role="alert">${error}</p>` : ''}
    ${choices.map(choice)}
  </fieldset>`
}

/** Allow, and Deny, which needs no choice of person. */
export const allowOrDeny = html`<div class="actions">
  <button type="submit" name="decision" value="allow">Allow</button>
  <button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
</div>`
