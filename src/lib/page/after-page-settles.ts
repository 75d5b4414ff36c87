/** How long after the load event the page's own first work (its data, its rows) is given. */
const settleMs = 3_000

/**
 * Runs a task that may wait (fetching code that is only needed later) once the page has
 * settled: after the load event, a pause for the page's first data and rows, and then an
 * idle moment. An idle moment alone comes too early: between the page's own requests the
 * browser is idle often, and code fetched and evaluated then competes with the first rows
 * for a phone's CPU. Returns a function that cancels the task.
 */
export function afterPageSettles(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let idle: number | undefined
  const whenIdle = (run: () => void) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(run)
      : window.setTimeout(run, 0)
  const wait = () => {
    timer = setTimeout(() => {
      idle = whenIdle(task)
    }, settleMs)
  }
  if (document.readyState === 'complete') wait()
  else window.addEventListener('load', wait, { once: true })
  return () => {
    window.removeEventListener('load', wait)
    clearTimeout(timer)
    if (idle !== undefined) {
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle)
      else clearTimeout(idle)
    }
  }
}
