import { describe, expect, it } from 'vitest'

import { readBodyText } from './read-body-text'

/** A response whose body comes in the given byte chunks, as a network delivers it. */
function chunkedResponse(chunks: readonly Uint8Array[]) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      controller.close()
    },
  })
  return new Response(body)
}

const bytesOf = (text: string) => new TextEncoder().encode(text)

describe('readBodyText', () => {
  it('reads the same text as response.text(), whatever the chunks', async () => {
    const text = JSON.stringify({ name: 'Zoë’s crew 👩‍👩‍👧', phoneNumber: '+14155552671' })
    const bytes = bytesOf(text)
    // Every split point, including those inside a multi-byte character.
    for (let at = 0; at <= bytes.length; at++) {
      const read = await readBodyText(chunkedResponse([bytes.slice(0, at), bytes.slice(at)]))
      expect(read).toBe(text)
    }
    expect(await readBodyText(chunkedResponse([bytes]))).toBe(await new Response(bytes).text())
  })

  it('drops a leading byte-order mark and reads malformed bytes as U+FFFD, as text() does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x22, 0x61, 0xff, 0x62, 0x22])
    const read = await readBodyText(chunkedResponse([bytes.slice(0, 2), bytes.slice(2)]))
    expect(read).toBe('"a\uFFFDb"')
    expect(read).toBe(await new Response(bytes).text())
  })

  it('reads a character cut off by the end of the body as U+FFFD', async () => {
    const euro = bytesOf('€')
    expect(await readBodyText(chunkedResponse([bytesOf('"'), euro.slice(0, 2)]))).toBe('"\uFFFD')
  })

  it('reads an answer without a body as empty text', async () => {
    expect(await readBodyText(new Response(null, { status: 204 }))).toBe('')
  })

  it('fails as the body fails, not with what had come so far', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytesOf('{"phoneNumbers":['))
        controller.error(new TypeError('network error'))
      },
    })
    await expect(readBodyText(new Response(body))).rejects.toThrow('network error')
  })
})
