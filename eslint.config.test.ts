import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/*
 * The import zones of eslint.config.js, shown refusing what they exist to refuse. The real
 * config is used, with type-aware rules off (they are not what is tested here, and the
 * project service would take longer to start than every case takes to run).
 */
const ZONE_RULES = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle'])

let eslint: ESLint
beforeAll(async () => {
  eslint = new ESLint({
    cwd: import.meta.dirname,
    overrideConfig: tseslint.configs.disableTypeChecked,
  })
  // The first run loads the plugins and resolves the tree: that is the slow part, once.
  await eslint.lintText('export {}\n', { filePath: 'src/lib/cn.ts' })
}, 120_000)

/** The zone rules' messages for `code`, linted as if it were the file at `filePath`. */
async function zoneMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  if (!result) throw new Error(`ESLint returned nothing for ${filePath}`)
  // A file that does not parse would show no zone message and pass for the wrong reason.
  expect(result.fatalErrorCount).toBe(0)
  return result.messages
    .filter((message) => message.ruleId !== null && ZONE_RULES.has(message.ruleId))
    .map((message) => `${message.ruleId ?? ''}: ${message.message}`)
}

const importing = (specifier: string) => `import * as other from '${specifier}'\n\nvoid other\n`

const cases = [
  {
    zone: 'a feature importing another feature',
    file: 'src/features/session/sign-in-as.ts',
    bad: '@/features/phone-numbers/api/phone-number-queries',
    good: '@/features/session/api/session-queries',
    says: /Features stay apart/,
  },
  {
    zone: 'lib/ importing a feature',
    file: 'src/lib/cn.ts',
    bad: '@/features/session/sign-in-as',
    good: './phone/format-national',
    says: /Shared code imports no feature/,
  },
  {
    zone: 'components/ importing a feature',
    file: 'src/components/ui/spinner.tsx',
    bad: '@/features/phone-numbers/api/phone-number-schemas',
    good: '@/lib/cn',
    says: /Shared code imports no feature/,
  },
  {
    zone: 'a feature importing app/',
    file: 'src/features/phone-numbers/list/phone-numbers-view.tsx',
    bad: '@/app/router',
    good: '@/components/ui/spinner',
    says: /Only src\/app composes pages/,
  },
  {
    zone: 'src/testing importing app/',
    file: 'src/testing/phone-number-factory.ts',
    bad: '../app/router',
    good: '@/features/phone-numbers/api/phone-number-schemas',
    says: /Only src\/app composes pages/,
  },
  {
    zone: 'bulk/parse importing React',
    file: 'src/features/phone-numbers/bulk/parse/parse-paste.ts',
    bad: 'react',
    good: '@/lib/phone/parse-phone-input',
    says: /are pure: no React, no API client/,
  },
  {
    zone: 'bulk/register importing the API client singleton',
    file: 'src/features/phone-numbers/bulk/register/register-rows.ts',
    bad: '@/lib/api/client',
    good: '@/lib/api/api-error',
    says: /are pure: no React, no API client/,
  },
  {
    zone: 'bulk/parse importing a layer above it',
    file: 'src/features/phone-numbers/bulk/parse/check-rows.ts',
    bad: '../register/register-outcome',
    good: './pasted-row',
    says: /bottom layer/,
  },
  {
    zone: 'history/model importing a request',
    file: 'src/features/history/model/history-changes.ts',
    bad: '../api/history-requests',
    good: './history-schemas',
    says: /history\/model is pure/,
  },
  {
    zone: 'history/model importing React',
    file: 'src/features/history/model/describe-change.ts',
    bad: 'react',
    good: '@/lib/phone/format-national',
    says: /history\/model is pure/,
  },
  {
    zone: 'history importing another feature',
    file: 'src/features/history/components/history-list.tsx',
    bad: '@/features/phone-numbers/api/phone-number-queries',
    good: '../api/history-queries',
    says: /Features stay apart/,
  },
  {
    zone: 'an import cycle',
    // parse-phone-input.ts imports format-national.ts: importing it back closes a loop.
    file: 'src/lib/phone/format-national.ts',
    bad: './parse-phone-input',
    good: './nanp-e164',
    says: /Dependency cycle detected/,
  },
]

describe('the import zones', { timeout: 30_000 }, () => {
  it.each(cases)('refuse $zone', async ({ file, bad, says }) => {
    const messages = await zoneMessages(file, importing(bad))
    // Importing app/ from a file that app/ imports closes a cycle as well: look for the zone.
    expect(messages.filter((message) => says.test(message))).toHaveLength(1)
  })

  it.each(cases)('accept the import next to $zone', async ({ file, good }) => {
    expect(await zoneMessages(file, importing(good))).toEqual([])
  })

  it('let app/ compose features', async () => {
    const page = 'src/app/routes/home-page.tsx'
    expect(await zoneMessages(page, importing('@/features/session/sign-in-as'))).toEqual([])
  })
})
