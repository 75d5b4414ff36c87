/** One sheet's rows as paste text, or why the sheet cannot be read. */
export type SheetText = { ok: true; text: string } | { ok: false; message: string }

export interface WorkbookSheet {
  name: string
  read: SheetText
}

/** A workbook's filled sheets, or why none can be read. Types only: the reader loads on demand. */
export type ReadWorkbook = { ok: true; sheets: WorkbookSheet[] } | { ok: false; message: string }
