import { type DragEvent, useState } from 'react'

import { readPastedFile } from './read-pasted-file'

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')

/**
 * A file chosen or dropped anywhere on the dialog: read as a new paste, or refused with a
 * reason. Text dragged in (not a file) is left to the text area.
 */
export function useFileDrop({
  disabled,
  onText,
}: {
  disabled: boolean
  onText: (text: string) => void
}) {
  const [fileError, setFileError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)

  async function takeFile(file: File) {
    setFileError(null)
    const read = await readPastedFile(file)
    if (read.ok) onText(read.text)
    else setFileError(read.message)
  }

  return {
    fileError,
    dragging,
    clearFileError: () => setFileError(null),
    takeFile: (file: File) => void takeFile(file),
    dropTarget: {
      onDragOver: (event: DragEvent) => {
        if (disabled || !hasFiles(event)) return
        event.preventDefault()
        setDragging(true)
      },
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
      },
      onDrop: (event: DragEvent) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(false)
        if (disabled) return
        const { files } = event.dataTransfer
        if (files.length > 1) setFileError('Drop one file at a time.')
        else if (files[0]) void takeFile(files[0])
      },
    },
  }
}
