import { checkPastedFile, MAX_FILE_BYTES, readPastedFile } from './read-pasted-file'

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
  ])('takes $name ($type)', (candidate) => {
    expect(checkPastedFile(candidate)).toEqual({ ok: true })
  })

  it('refuses other kinds of file, by name', () => {
    expect(checkPastedFile(file('crew.xlsx', 'application/vnd.openxmlformats'))).toEqual({
      ok: false,
      message: '“crew.xlsx” is not a CSV, TSV or text file. Choose one of those.',
    })
    expect(checkPastedFile(file('photo.png', 'image/png')).ok).toBe(false)
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
    expect(read).toEqual({ ok: true, text: 'a,1\nb,2\nc,3\n' })
  })

  it('does not read a refused file', async () => {
    const refused = new File(['x'], 'x.png', { type: 'image/png' })
    const text = vi.spyOn(refused, 'text')
    expect((await readPastedFile(refused)).ok).toBe(false)
    expect(text).not.toHaveBeenCalled()
  })
})
