import { expect, type Locator, type Page } from '@playwright/test'

import { type SandboxControl } from '../../e2e/support/sandbox-control'

/** What a scene is given: a fresh page (own session) on the app, and the sandbox's controls. */
export interface SceneContext {
  page: Page
  sandbox: SandboxControl
}

/** One screen in one state: `show` brings the page there, then it is shot light and dark. */
export interface Scene {
  name: string
  show: (context: SceneContext) => Promise<void>
  /** After the shots: lets a held-back write land, so that it cannot change a later scene. */
  settle?: (context: SceneContext) => Promise<void>
}

/** Long enough for a busy machine; a scene that cannot reach its state fails loudly. */
export const SCENE_TIMEOUT_MS = 20_000

export async function shown(locator: Locator): Promise<void> {
  await expect(locator.first()).toBeVisible({ timeout: SCENE_TIMEOUT_MS })
}
