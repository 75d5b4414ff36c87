/** The first link on the page whose target path ends with `pathSuffix`. */
export function findLinkTo(pathSuffix: string): HTMLAnchorElement | undefined {
  return Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]')).find((link) =>
    new URL(link.href, window.location.href).pathname.endsWith(pathSuffix),
  )
}
