import { formatNational } from './format-national'

/** What to call a number in a sentence or a button's label: its name, else the number itself. */
export function labelOf(number: { name: string; phoneNumber: string }): string {
  return number.name || formatNational(number.phoneNumber)
}
