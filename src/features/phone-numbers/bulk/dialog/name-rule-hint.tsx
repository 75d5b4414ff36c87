import { NAME_RULE_HINT } from '@/lib/rules/name-rule'

/** One hint for the name field of every row; each row's field points at it. */
export const NAME_RULE_HINT_ID = 'bulk-add-name-rule'

/** The name rule in the add form's own words (decision 0010), above the rows read. */
export function NameRuleHint() {
  return (
    <p id={NAME_RULE_HINT_ID} className="text-sm text-muted">
      {NAME_RULE_HINT}
    </p>
  )
}
