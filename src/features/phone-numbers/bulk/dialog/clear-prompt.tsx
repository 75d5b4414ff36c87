import { InlinePrompt } from './inline-prompt'

/** "Clear this paste?", asked inside the dialog like "Discard changes?". */
export function ClearPrompt({ onClear, onKeep }: { onClear: () => void; onKeep: () => void }) {
  return (
    <InlinePrompt
      heading="Clear this paste?"
      keepLabel="Keep it"
      goLabel="Clear paste"
      onKeep={onKeep}
      onGo={onClear}
    >
      The pasted text and your fixes to its rows will be removed. Numbers already added stay added.
    </InlinePrompt>
  )
}
