// A whole number's digits grouped by threes, as `toLocaleString('en-US')` writes it, without
// ICU: that call's first use builds a number format, 1.5-3 ms of the list's first render,
// and every count in the app is a whole number shown in English.
const THOUSANDS = /\B(?=(\d{3})+$)/g

export const groupedCount = (count: number): string => String(count).replace(THOUSANDS, ',')
