export function Spinner({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-3 p-6 text-muted">
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 motion-reduce:animate-none"
      />
      <span>{label}</span>
    </div>
  )
}
