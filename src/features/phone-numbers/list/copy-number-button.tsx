import { CopyButton } from '@/components/ui/copy-button'

/** Copies the E.164 form, the one other tools (FSM, dialers) accept without fuss. */
export function CopyNumberButton({ e164, name }: { e164: string; name: string }) {
  return (
    <CopyButton
      text={e164}
      label={`Copy ${e164} (${name})`}
      copiedMessage={`Copied ${e164}`}
      iconOnly
      className="size-7 px-0 py-0 text-muted hover:text-brand-700 dark:hover:text-brand-100"
    />
  )
}
