/**
 * At least 44 × 44 CSS px wherever a finger is the pointer or the screen is narrow (WCAG 2.5.5):
 * a mouse keeps the compact sizes.
 */
export const touchTarget =
  'pointer-coarse:min-h-11 pointer-coarse:min-w-11 max-sm:min-h-11 max-sm:min-w-11'
