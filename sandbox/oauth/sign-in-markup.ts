import { html } from 'hono/html'

// The pieces both of the sandbox's sign-in pages are made of: Thumbtack's consent page
// (./authorize-page.ts) and the staff provider's (../staff-idp/authorize-page.ts). Rendered
// on the server; every value goes through hono/html's `html` tag, which escapes it, so no
// request text ever becomes markup. No script at all: plain form POSTs, so the pages work
// by keyboard and under a CSP without 'unsafe-inline'.

// Served by ./authorize-routes.ts, which mounts `/consent.css` under `/oauth2`.
const CONSENT_CSS_PATH = '/oauth2/consent.css'

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
