// @vitest-environment jsdom
// jsdom for DOMParser only: the page is checked as a browser would read it.
import { describe, expect } from 'vitest'
import { type Harness, test } from '../testing/harness.ts'
import {
  authorizeParams,
  authorizePath,
  consent,
  redirectQuery,
  STATE,
} from '../testing/oauth-flow.ts'

const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html')
const labelOf = (doc: Document, input: HTMLInputElement) =>
  doc.querySelector(`label[for="${input.id}"]`)?.textContent

const page = async (h: Harness, path: string) => {
  const res = await h.app.request(path)
  return { res, text: await res.text() }
}

describe('GET /oauth2/auth: the consent page', () => {
  test('is a plain HTML page with a heading, a labelled choice of the demo pros and the scopes in words', async ({
    h,
  }) => {
    const { res, text } = await page(h, authorizePath())
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const doc = parse(text)
    expect(doc.documentElement.lang).toBe('en')
    expect(doc.querySelector('main h1')?.textContent).toBe('Sign in with Thumbtack')
    expect(doc.querySelector('fieldset > legend')?.textContent).toBe('Who are you?')
    const radios = [...doc.querySelectorAll<HTMLInputElement>('fieldset input[type="radio"]')]
    expect(radios.map((radio) => [radio.value, labelOf(doc, radio)])).toEqual([
      ['pat-rivera', 'Pat Rivera'],
      ['morgan-lee', 'Morgan Lee'],
      ['riley-chen', 'Riley Chen'],
    ])
    for (const radio of radios) {
      expect(radio.name).toBe('persona')
      expect(radio.required).toBe(true)
      const about = radio.getAttribute('aria-describedby') ?? ''
      expect(doc.getElementById(about)?.textContent).toMatch(/Plumbing|Electric/)
    }
    expect(doc.getElementById('persona-riley-chen-about')?.textContent).toContain('read-only')
    const scopes = [...doc.querySelectorAll('ul.scopes li')].map((li) => li.textContent)
    expect(scopes).toHaveLength(5)
    expect(scopes[2]).toMatch(/^Add, change and remove those phone numbers/)
    expect(scopes[4]).toMatch(/^Stay connected when you are away/)
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('form button')]
    expect(buttons.map((b) => [b.type, b.name, b.value, b.textContent])).toEqual([
      ['submit', 'decision', 'allow', 'Allow'],
      ['submit', 'decision', 'deny', 'Deny'],
    ])
    expect(buttons[1]?.formNoValidate).toBe(true)
    expect(doc.querySelectorAll('script, [style]')).toHaveLength(0)
    expect(text).not.toMatch(/<script|style=|\son\w+=/i)
  })

  test('never offers the sandbox-only support persona: Thumbtack has no support role', async ({
    h,
  }) => {
    const { text } = await page(h, authorizePath())
    expect(text).not.toContain('sam-ortiz')
    expect(text).not.toContain('Sam Ortiz')
    const res = await consent(h, { persona: 'sam-ortiz' })
    expect(res.status).toBe(400)
    expect(res.headers.get('location')).toBeNull()
  })

  test('is served under its own CSP (no script, form may go back to the client), never cached or framed', async ({
    h,
  }) => {
    const { res } = await page(h, authorizePath())
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("form-action 'self' http://127.0.0.1:4999")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('script-src')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    const css = await h.app.request('/oauth2/consent.css')
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await css.text()).toContain(':focus-visible')
  })

  test('shows request text as text: markup in state is escaped and comes back exactly', async ({
    h,
  }) => {
    const state = '"><script>alert(1)</script><b x="'
    const { res, text } = await page(h, authorizePath({ state }))
    expect(res.status).toBe(200)
    expect(text).not.toContain('<script>')
    const doc = parse(text)
    expect(doc.querySelectorAll('script, b')).toHaveLength(0)
    expect(doc.querySelector<HTMLInputElement>('input[name="state"]')?.value).toBe(state)
  })

  test('carries every parameter back in the form, so Allow can redirect with the same state', async ({
    h,
  }) => {
    const doc = parse((await page(h, authorizePath())).text)
    const form = doc.querySelector('form')
    expect(form?.getAttribute('method')).toBe('post')
    expect(form?.getAttribute('action')).toBe('/oauth2/auth')
    const hidden = [...doc.querySelectorAll<HTMLInputElement>('input[type="hidden"]')]
    expect(Object.fromEntries(hidden.map((input) => [input.name, input.value]))).toEqual(
      Object.fromEntries(authorizeParams()),
    )
    expect(hidden.find((input) => input.name === 'state')?.value).toBe(STATE)
  })
})

describe('POST /oauth2/auth: the decision', () => {
  test('Allow redirects (303) to the registered URI with a code and the same state, nothing else', async ({
    h,
  }) => {
    const res = await consent(h, { persona: 'pat-rivera' })
    expect(res.status).toBe(303)
    const query = redirectQuery(res)
    expect([...query.keys()].sort()).toEqual(['code', 'state'])
    expect(query.get('state')).toBe(STATE)
    expect(query.get('code')).toMatch(/^sbx_ac_[A-Za-z0-9_-]{43}$/)
  })

  test('Deny redirects with error=access_denied and the state, and issues no code', async ({
    h,
  }) => {
    const query = redirectQuery(await consent(h, { decision: 'deny' }))
    expect(query.get('error')).toBe('access_denied')
    expect(query.get('state')).toBe(STATE)
    expect(query.get('code')).toBeNull()
  })

  test.for<[string, { persona?: string; decision?: string }]>([
    ['no person chosen', {}],
    ['an unknown person', { persona: 'nobody' }],
    ['no decision', { persona: 'pat-rivera', decision: 'maybe' }],
  ])(
    'shows the page again with a message for %s, and does not redirect',
    async ([_label, choice], { h }) => {
      const res = await consent(h, choice)
      expect(res.status).toBe(400)
      expect(res.headers.get('location')).toBeNull()
      const text = await res.text()
      expect(text).toContain('role="alert">Choose who you are, then Allow or Deny.</p>')
      expect(text).toContain('aria-invalid="true"')
    },
  )

  test('refuses a body that is not the form, on a page', async ({ h }) => {
    const res = await h.app.request('/oauth2/auth', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('This sign-in link does not work')
  })
})
