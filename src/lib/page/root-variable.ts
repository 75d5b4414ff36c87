/**
 * Sets a length (in px) on the root element's style, and only when the page would compute
 * something new: every use of these variables falls back to 0px, so writing 0px where none
 * is set, or the value already there, would restyle the whole page for nothing (a custom
 * property on the root is inherited by every element).
 */
export function setRootLength(name: `--${string}`, px: number) {
  const style = document.documentElement.style
  const current = style.getPropertyValue(name)
  const value = `${px}px`
  if (current === value || (current === '' && px === 0)) return
  style.setProperty(name, value)
}
