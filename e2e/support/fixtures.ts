import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

import { startAppServer } from '../../server/app-server'

import { SandboxControl } from './sandbox-control'
import { signInOnBusiness, type SignedInBusiness } from './signed-in'

interface WorkerFixtures {
  /**
   * DEV_TOKEN_SIGN_IN: the sandbox's demo people and pasted tokens on the sign-in page. On
   * for the specs that sign in as a persona; `test.use({ devTokenSignIn: false })` gives a
   * server as `npm start` runs it, with "Sign in with Thumbtack" the only way in.
   */
  devTokenSignIn: boolean
  appServer: { url: string }
}

interface TestFixtures {
  sandbox: SandboxControl
  /** Who `signedIn` signs in as: `test.use({ persona: 'Riley Chen' })`. */
  persona: string
  /** Signed in as `persona`, on the page of their first business, before the test starts. */
  signedIn: SignedInBusiness
  /** Fails the test with the list of violations if axe finds any on the page as it is now. */
  expectNoAxeViolations: (page: Page) => Promise<void>
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  devTokenSignIn: [true, { option: true, scope: 'worker' }],
  appServer: [
    async ({ devTokenSignIn }, use) => {
      const server = await startAppServer({
        dbPath: ':memory:',
        port: 0,
        host: '127.0.0.1',
        staticDir: path.resolve('dist'),
        devTokenSignIn,
      })
      await use({ url: server.url })
      await server.close()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ appServer }, use) => {
    await use(appServer.url)
  },
  sandbox: [
    async ({ appServer, playwright }, use) => {
      const request = await playwright.request.newContext({ baseURL: appServer.url })
      const sandbox = new SandboxControl(request)
      // Every test starts from the seed and no faults, whatever the one before it changed:
      // automatic, so that even a test that never asks for `sandbox` gets a clean server.
      await sandbox.reset()
      await use(sandbox)
      await request.dispose()
    },
    { auto: true },
  ],
  persona: ['Pat Rivera', { option: true }],
  signedIn: async ({ page, sandbox, persona }, use) => {
    await use(await signInOnBusiness(page, sandbox, persona))
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  expectNoAxeViolations: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page }).analyze()
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      )
      expect(summary).toEqual([])
    })
  },
})

export { expect }
