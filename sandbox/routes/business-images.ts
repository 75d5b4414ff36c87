import { Hono } from 'hono'
import type { SandboxDeps } from '../context.ts'
import { problem } from '../problem.ts'

// The businesses list promises an imageURL; the sandbox draws a monogram instead of
// depending on any outside image host. Mounted at /sandbox.
export const businessImagePath = (businessID: string) =>
  `/sandbox/business-images/${businessID}.svg`

const COLOURS = ['#0f766e', '#1d4ed8', '#7c3aed', '#b45309', '#be123c', '#15803d']

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

function monogram(name: string, colourIndex: number): string {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('')
    .toUpperCase()
  const fill = COLOURS[colourIndex % COLOURS.length] ?? '#0f766e'
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" rx="16" fill="${fill}"/><text x="48" y="60" font-family="system-ui,sans-serif" font-size="36" font-weight="600" fill="#fff" text-anchor="middle">${escapeXml(initials)}</text></svg>`
}

export function businessImageRoutes({ store }: SandboxDeps) {
  return new Hono().get('/business-images/:file{[0-9]+\\.svg}', (c) => {
    const businessID = c.req.param('file').replace(/\.svg$/, '')
    const name = store.businesses.nameOf(businessID)
    if (name === undefined) return problem(c, 'not-found', 'There is no such business image.')
    const svg = monogram(name, Number(businessID.slice(-2)))
    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400',
    })
  })
}
