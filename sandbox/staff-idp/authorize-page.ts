import { html } from 'hono/html'
import { allowOrDeny, hiddenParams, layout, whoAreYou } from '../oauth/sign-in-markup.ts'
import { STAFF_AUTHORIZE_PARAMS, type StaffAuthorizeRequest } from './authorize-check.ts'
import { STAFF_IDP_PATH, STAFF_PEOPLE, type StaffPerson } from './staff-people.ts'

// The staff provider's sign-in page, made of the same pieces as the Thumbtack consent page
// (../oauth/sign-in-markup.ts), whose style sheet it shares.

const roleWords: Record<StaffPerson['role'], string> = {
  support: 'support: may change numbers',
  viewer: 'viewer: read only',
}

export function staffAuthorizePage(
  request: StaffAuthorizeRequest,
  chosen?: string,
  error?: string,
) {
  const choices = STAFF_PEOPLE.map((p) => ({
    value: p.subject,
    label: p.name,
    about: `${p.email} · ${roleWords[p.role]}`,
  }))
  return layout(
    'Staff sign-in (sandbox)',
    html`<h1>Staff sign-in</h1>
      <p class="note">
        The sandbox's stand-in for your company's sign-in provider. Pick a demo staff member.
      </p>
      <form method="post" action="${STAFF_IDP_PATH}/authorize">
        ${hiddenParams(STAFF_AUTHORIZE_PARAMS, request.params)}
        ${whoAreYou({ field: 'staff', choices, chosen, error })}
        <h2>Numbers Console is asking for</h2>
        <ul class="scopes">
          <li>Your name, email address and staff role</li>
        </ul>
        ${allowOrDeny}
      </form>`,
  )
}
