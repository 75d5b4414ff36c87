import { Copy, History, MessageSquare, Pencil, Trash2 } from 'lucide-react'
import { type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { copyIcon, historyIcon, messageIcon, pencilIcon, trashIcon } from './static-icons'

/** The shapes inside the <svg>, and its attributes but the class (lucide adds its own names). */
function drawing(element: ReactElement) {
  const host = document.createElement('div')
  host.innerHTML = renderToStaticMarkup(element)
  const svg = host.querySelector('svg')
  if (!svg) throw new Error('no <svg>')
  const attributes = [...svg.attributes]
    .filter((attribute) => attribute.name !== 'class')
    .map((attribute) => `${attribute.name}=${attribute.value}`)
    .sort()
  return { attributes, shapes: svg.innerHTML }
}

describe('the list’s icons built once', () => {
  it.each([
    ['History', historyIcon, <History key="history" aria-hidden="true" />],
    ['Pencil', pencilIcon, <Pencil key="pencil" aria-hidden="true" />],
    ['Trash2', trashIcon, <Trash2 key="trash" aria-hidden="true" />],
    ['Copy', copyIcon, <Copy key="copy" aria-hidden="true" />],
    ['MessageSquare', messageIcon, <MessageSquare key="message" aria-hidden="true" />],
  ])(
    'draw exactly what lucide’s %s draws, so an upgrade of lucide cannot leave them behind',
    (_, built, lucide) => {
      expect(drawing(built)).toEqual(drawing(lucide))
    },
  )
})
