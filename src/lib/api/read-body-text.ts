/**
 * A response's body as text, decoded piece by piece as it arrives. `response.text()` waits
 * for the last byte, then decodes the whole body in one go: for the 2.7 MB list of a
 * 10,000-number business that took 18-27 ms after the last byte, against 6-9 ms this way
 * (in a page with nothing else to do), as the rest is done during the download.
 * The same text either way: UTF-8, a leading byte-order mark dropped, a malformed sequence
 * read as U+FFFD, a character split across two chunks put back together.
 */
export async function readBodyText(response: Response): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const pieces: string[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    pieces.push(decoder.decode(value, { stream: true }))
  }
  pieces.push(decoder.decode())
  return pieces.join('')
}
