import { html } from 'hono/html'
import { layout } from '../oauth/authorize-page.ts'
import { STAFF_AUTHORIZE_PARAMS, type StaffAuthorizeRequest } from './authorize-check.ts'
import { STAFF_IDP_PATH, STAFF_PEOPLE, type StaffPerson } from './staff-people.ts'

// Server-rendered, no script, every value escaped by hono/html: the same rules as the
// Thumbtack consent page, whose style sheet it shares.

const roleWords: Record<StaffPerson['role'], string> = {
  support: 'support: may change numbers',
  viewer: 'viewer: read only',
}

function choice(person: StaffPerson, checked: boolean, invalid: boolean) {
  const id = `staff-${person.subject}`
  return html`<div class="choice">
    <input
      type="radio"
      id="${id}"
      name="staff"
      value="${person.subject}"
      required
      aria-describedby="${id}-about${invalid ? ' staff-error' : ''}"
      ${checked ? html` checked` : ''}
    />
    <label for="${id}">${person.name}</label>
    <span class="about" id="${id}-about">${person.email} · ${roleWords[person.role]}</span>
  </div>`
}

export function staffAuthorizePage(
  request: StaffAuthorizeRequest,
  chosen?: string,
  error?: string,
) {
  const hidden = STAFF_AUTHORIZE_PARAMS.flatMap((name) => {
    const value = request.params[name]
    return value === undefined
      ? []
      : [html`<input type="hidden" name="${name}" value="${value}" />`]
  })
  const invalid = error !== undefined
  return layout(
    'Staff sign-in (sandbox)',
    html`<h1>Staff sign-in</h1>
      <p class="note">
        The sandbox's stand-in for your company's sign-in provider. Pick a demo staff member.
      </p>
      <form method="post" action="${STAFF_IDP_PATH}/authorize">
        ${hidden}
        <fieldset${invalid ? html` aria-invalid="true"` : ''}>
          <legend>Who are you?</legend>
          ${invalid ? html`<p class="error" id="staff-error" role="alert">${error}</p>` : ''}
          ${STAFF_PEOPLE.map((p) => choice(p, p.subject === chosen, invalid))}
        </fieldset>
        <h2>Numbers Console is asking for</h2>
        <ul class="scopes">
          <li>Your name, email address and staff role</li>
        </ul>
        <div class="actions">
          <button type="submit" name="decision" value="allow">Allow</button>
          <button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
        </div>
      </form>`,
  )
}
