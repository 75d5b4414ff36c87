import {
  applyDraft,
  type BulkDraft,
  emptyDraft,
  withAdded,
  withEdit,
  withRefused,
  withRemoved,
  withRunStarted,
  withText,
} from './bulk-draft'
import { parsePaste } from './parse-paste'

function draft(overrides: Partial<BulkDraft> = {}): BulkDraft {
  return { ...emptyDraft('Jane, 4155552671\nBob, 555'), ...overrides }
}

describe('bulk drafts', () => {
  it('keeps fixes and removals only on lines whose text is unchanged when the text changes', () => {
    const fixed = withRemoved(
      withEdit(draft({ text: 'a, 1\nb, 2\nc, 3' }), { line: 2, numberText: '9', nameText: 'b' }),
      [3],
    )
    expect(withText(fixed, 'a, 1\nb, 2\nc, 3\nd, 4')).toMatchObject({
      edits: [{ line: 2 }],
      removedLines: [3],
    })
    expect(withText(fixed, 'new, 0\na, 1\nb, 2\nc, 3')).toMatchObject({
      edits: [],
      removedLines: [],
    })
    expect(withText(fixed, 'a, 1\r\nb, 2\r\nc, 30')).toMatchObject({
      edits: [{ line: 2 }],
      removedLines: [],
    })
    expect(withText(fixed, fixed.text)).toBe(fixed)
  })

  it('applies its fixes and removals to the rows read from its text', () => {
    const saved = withRemoved(
      withEdit(draft(), { line: 2, numberText: '4155552672', nameText: 'Bob' }),
      [1],
    )
    const rows = applyDraft(parsePaste(saved.text).rows, saved)
    expect(rows.map(({ line, numberText, nameText }) => [line, numberText, nameText])).toEqual([
      [2, '4155552672', 'Bob'],
    ])
  })

  it('records what a run added as it goes, so a later run counts on from it and sends none again', () => {
    const text = 'a, 1\nb, 2\nc, 3\nd, 4'
    const first = withAdded(withRunStarted(draft({ text }), 4), [1, 3])
    expect(first).toMatchObject({ removedLines: [1, 3], run: { total: 4, added: 2 } })
    // The next run (another tab) sets out with the 2 left: 4 in all, 2 of them added.
    const second = withAdded(withRunStarted(first, 2), [2])
    expect(second).toMatchObject({ removedLines: [1, 3, 2], run: { total: 4, added: 3 } })
    expect(applyDraft(parsePaste(text).rows, second).map((row) => row.line)).toEqual([4])
    // Typing a new text: the old count no longer says anything about it.
    expect(withText(second, `${text}\ne, 5`).run).toBeUndefined()
  })

  it('keeps Thumbtack’s refusal of a line until that line is fixed or its text changes', () => {
    const problem = { field: 'name' as const, reason: 'server' as const, message: 'Too long.' }
    const refused = withRefused(draft({ text: 'a, 1\nb, 2' }), [{ line: 2, problem }])
    expect(refused.refused).toEqual([{ line: 2, problem }])
    expect(withText(refused, 'a, 1\nb, 2\nc, 3').refused).toEqual([{ line: 2, problem }])
    expect(withText(refused, 'a, 1\nb, 20').refused).toEqual([])
    expect(withEdit(refused, { line: 2, numberText: '2', nameText: 'B' }).refused).toEqual([])
    expect(withEdit(refused, { line: 1, numberText: '1', nameText: 'A' }).refused).toHaveLength(1)
  })
})
