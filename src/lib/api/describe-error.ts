const SENTENCE = /[^.!?]+[.!?]*\s*/g
const WORD = /[\p{L}\p{Nd}]+/gu
const FILLER = new Set(['the', 'a', 'an', 'this', 'that', 'your', 'is', 'has', 'was', 'it'])

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => !FILLER.has(word))
}

/** A sentence that only says again what `title` said ("This access token has expired."). */
function restates(sentence: string, title: readonly string[]): boolean {
  const words = contentWords(sentence)
  return words.length > 0 && words.every((word) => title.includes(word))
}

/**
 * The server's title and, when it sent one, its detail, as one text: "Not valid. The name is
 * too long." What a message shows when it has nothing more specific to say about a failure.
 * A detail sentence that only repeats the title is dropped, so the message says it once.
 */
export function describeError(error: { title: string; detail?: string | undefined }): string {
  if (!error.detail) return error.title
  const title = contentWords(error.title)
  const detail = (error.detail.match(SENTENCE) ?? [])
    .filter((sentence) => !restates(sentence, title))
    .join('')
    .trim()
  return detail ? `${error.title} ${detail}` : error.title
}
