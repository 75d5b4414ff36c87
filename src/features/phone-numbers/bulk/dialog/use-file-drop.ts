import { type DragEvent, useState } from 'react'

import { type WorkbookSheet } from '../parse/workbook-sheet'

import { readPastedFile } from './read-pasted-file'

/** An Excel workbook chosen: its sheets, and the one read into the paste. */
export interface ChosenWorkbook {
  fileName: string
  sheets: WorkbookSheet[]
  chosen: number
}

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
  const [workbook, setWorkbook] = useState<ChosenWorkbook | null>(null)

  function readSheet(fileName: string, sheets: WorkbookSheet[], chosen: number) {
    setWorkbook({ fileName, sheets, chosen })
    const read = sheets[chosen]?.read
    if (read?.ok) onText(read.text)
    else if (read) setFileError(read.message)
  }

  async function takeFile(file: File) {
    setFileError(null)
    setWorkbook(null)
    const read = await readPastedFile(file)
    if (!read.ok) setFileError(read.message)
    else if (read.kind === 'text') onText(read.text)
    else readSheet(file.name, read.sheets, 0)
  }

  return {
    fileError,
    dragging,
    workbook,
    /** Another sheet of the workbook: read as a new paste. */
    chooseSheet: (index: number) => {
      if (!workbook) return
      setFileError(null)
      readSheet(workbook.fileName, workbook.sheets, index)
    },
    /** After "Clear": no error, and no workbook's sheets on offer. */
    clearFileError: () => {
      setFileError(null)
      setWorkbook(null)
    },
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
