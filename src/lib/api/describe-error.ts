/**
 * The server's title and, when it sent one, its detail, as one text: "Not valid. The name is
 * too long." What a message shows when it has nothing more specific to say about a failure.
 */
export function describeError(error: { title: string; detail?: string | undefined }): string {
  return error.detail ? `${error.title} ${error.detail}` : error.title
}
