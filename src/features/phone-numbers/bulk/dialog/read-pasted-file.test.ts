import writeXlsxFile from 'write-excel-file/node'

import { checkPastedFile, MAX_FILE_BYTES, readPastedFile, SAVE_AS_CSV } from './read-pasted-file'

const file = (name: string, type: string, size = 10) => ({ name, type, size })

describe('checkPastedFile', () => {
  it.each([
    file('crew.csv', 'text/csv'),
    file('crew.tsv', ''),
    file('crew.TXT', 'text/plain'),
    // Windows with Excel installed calls a .csv an Excel file.
    file('crew.csv', 'application/vnd.ms-excel'),
    file('export', 'text/plain'),
    file('at-the-limit.csv', 'text/csv', MAX_FILE_BYTES),
  ])('takes $name ($type) as text', (candidate) => {
    expect(checkPastedFile(candidate)).toEqual({ ok: true, kind: 'text' })
  })

  it.each([
    file('crew.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    file('crew.XLSX', ''),
    file('crew', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  ])('takes $name ($type) as an Excel workbook', (candidate) => {
    expect(checkPastedFile(candidate)).toEqual({ ok: true, kind: 'workbook' })
  })

  it.each([
    // An old Excel file has the type Windows gives a .csv: its name decides.
    file('crew.xls', 'application/vnd.ms-excel'),
    file('crew.numbers', 'application/x-iwork-numbers-sffnumbers'),
    file('crew.ods', 'application/vnd.oasis.opendocument.spreadsheet'),
    file('crew.pdf', 'application/pdf'),
    file('photo.png', 'image/png'),
  ])('refuses $name, saying which files can be read and how to save as CSV', (candidate) => {
    expect(checkPastedFile(candidate)).toEqual({
      ok: false,
      message: `“${candidate.name}” can’t be read here. Choose a .csv, .tsv, .txt or .xlsx file. ${SAVE_AS_CSV}`,
    })
    expect(SAVE_AS_CSV).toMatch(/Excel.*Numbers.*Google Sheets/)
  })

  it('refuses a file over 5 MB, never rounding it down to the limit', () => {
    expect(checkPastedFile(file('big.csv', 'text/csv', MAX_FILE_BYTES + 1))).toEqual({
      ok: false,
      message: '“big.csv” is 5.1 MB, over the 5 MB limit. Split it, or paste part of it.',
    })
  })

  it('refuses an empty file', () => {
    expect(checkPastedFile(file('empty.csv', 'text/csv', 0))).toEqual({
      ok: false,
      message: '“empty.csv” is empty.',
    })
  })
})

describe('readPastedFile', () => {
  it('reads the text with line ends as a text area keeps them', async () => {
    const read = await readPastedFile(
      new File(['a,1\r\nb,2\rc,3\n'], 'x.csv', { type: 'text/csv' }),
    )
    expect(read).toEqual({ ok: true, kind: 'text', text: 'a,1\nb,2\nc,3\n' })
  })

  it('reads an Excel workbook into its sheets', async () => {
    const bytes = await writeXlsxFile([['Jane', 4155552671]]).toBuffer()
    const read = await readPastedFile(new File([new Uint8Array(bytes)], 'crew.xlsx'))
    expect(read).toEqual({
      ok: true,
      kind: 'workbook',
      sheets: [{ name: 'Sheet1', read: { ok: true, text: 'Jane\t4155552671\n' } }],
    })
  })

  it('does not read a refused file', async () => {
    const refused = new File(['x'], 'x.png', { type: 'image/png' })
    const text = vi.spyOn(refused, 'text')
    expect((await readPastedFile(refused)).ok).toBe(false)
    expect(text).not.toHaveBeenCalled()
  })
})
