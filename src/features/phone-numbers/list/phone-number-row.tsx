import { memo } from 'react'
import { type NavigateFunction } from 'react-router'

import { historyIcon, pencilIcon, trashIcon } from '@/components/ui/static-icons'
import { touchTarget } from '@/components/ui/touch-target'
import { labelOf } from '@/lib/phone/label-of'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { ActivityTime } from './activity-time'
import { CopyNumberButton } from './copy-number-button'
import { DialableNumber, TextNumberLink } from './dialable-number'
import { RegisterAgainButton } from './register-again-button'
import { type ExtendDirection, RowCheckbox } from './row-checkbox'
import { deleteButtonAttribute } from './use-removal-focus'
import { ViewKeepingLink } from './view-keeping-link'

interface PhoneNumberRowProps {
  number: PhoneNumber
  now: Date
  onDelete: (number: PhoneNumber) => void
  /** The id of the text saying why this sign-in may not change numbers; set, Edit and Delete are disabled. */
  readOnlyReasonID?: string | undefined
  selected: boolean
  onToggle: (number: PhoneNumber, checked: boolean, range: boolean) => void
  onExtend: (number: PhoneNumber, direction: ExtendDirection) => void
  /** The router's navigate, for the row's links (one for the list, not one per link). */
  navigate: NavigateFunction
}

// Icons alone in the wide table (their names are in aria-label and the tooltip), words too on
// a phone's card. Compact rows (the list's data-density) have smaller buttons.
const actionClass = `inline-flex min-h-9 min-w-9 items-center justify-center gap-1.5 rounded-md px-2.5 text-sm font-medium hover:bg-slate-100 sm:group-data-[density=compact]/rows:min-h-8 sm:group-data-[density=compact]/rows:min-w-8 dark:hover:bg-slate-800 ${touchTarget}`

const disabledClass = 'cursor-not-allowed text-muted hover:bg-transparent'

const actionIcons = { History: historyIcon, Edit: pencilIcon, Delete: trashIcon } as const

/** An action's icon, and its word where there is room for it. */
function actionContent(action: keyof typeof actionIcons) {
  return (
    <>
      {actionIcons[action]}
      <span className="sm:sr-only">{action}</span>
    </>
  )
}

/** One number: a table row from 640 px up, a card below it. */
export const PhoneNumberRow = memo(function PhoneNumberRow({
  number,
  now,
  onDelete,
  readOnlyReasonID,
  selected,
  onToggle,
  onExtend,
  navigate,
}: PhoneNumberRowProps) {
  const label = labelOf(number)
  return (
    // The tick stands in a column of its own on the left, the card's full height on a phone.
    <div className="grid grid-cols-[2.75rem_minmax(0,1fr)] gap-x-2 gap-y-1 py-3 pr-4 pl-1 sm:grid-cols-[2.75rem_minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_8rem] sm:items-center sm:gap-x-4 sm:py-1.5 sm:group-data-[density=compact]/rows:py-0.5 [&>*:not(:first-child)]:col-start-2 sm:[&>*:not(:first-child)]:col-start-auto">
      <div className="row-span-5 sm:row-span-1">
        {/* A removed number is not ticked: there is nothing to remove, and one at a time to register again. */}
        {number.isDeleted ? null : (
          <RowCheckbox number={number} checked={selected} onToggle={onToggle} onExtend={onExtend} />
        )}
      </div>
      <div className="min-w-0">
        <span data-field="name" className="font-medium break-words">
          {number.name}
        </span>
        {number.isDeleted ? (
          <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-200">
            Removed
          </span>
        ) : null}
      </div>
      <div className="flex items-center gap-1 whitespace-nowrap">
        <DialableNumber e164={number.phoneNumber} label={label} />
        <CopyNumberButton e164={number.phoneNumber} name={label} />
        <TextNumberLink e164={number.phoneNumber} label={label} />
      </div>
      <div className="text-sm text-muted sm:text-base sm:text-inherit">
        <span className="sm:sr-only">Last activity: </span>
        <ActivityTime iso={number.lastActivityTime} now={now} />
      </div>
      <div className="text-sm text-muted sm:text-base">
        <span className="sm:sr-only">Added: </span>
        <ActivityTime iso={number.createdTime} now={now} />
      </div>
      <div className="flex justify-end gap-1">
        {/* Every row, removed and view-only ones too: reading the history changes nothing. */}
        <ViewKeepingLink
          pathname={`${number.phoneNumberID}/history`}
          navigate={navigate}
          aria-label={`History of ${label}`}
          title="History"
          className={actionClass}
        >
          {actionContent('History')}
        </ViewKeepingLink>
        {number.isDeleted ? (
          // Registering again is a write: a view-only sign-in gets no such button.
          readOnlyReasonID ? null : (
            <RegisterAgainButton number={number} className={actionClass} />
          )
        ) : readOnlyReasonID ? (
          (['Edit', 'Delete'] as const).map((action) => (
            <button
              key={action}
              type="button"
              disabled
              aria-label={`${action} ${label}`}
              aria-describedby={readOnlyReasonID}
              title={action}
              className={`${actionClass} ${disabledClass}`}
            >
              {actionContent(action)}
            </button>
          ))
        ) : (
          <>
            <ViewKeepingLink
              pathname={`${number.phoneNumberID}/edit`}
              navigate={navigate}
              aria-label={`Edit ${label}`}
              title="Edit"
              className={actionClass}
            >
              {actionContent('Edit')}
            </ViewKeepingLink>
            <button
              type="button"
              aria-label={`Delete ${label}`}
              {...{ [deleteButtonAttribute]: number.phoneNumberID }}
              title="Delete"
              className={`${actionClass} text-red-700 dark:text-red-400`}
              onClick={() => onDelete(number)}
            >
              {actionContent('Delete')}
            </button>
          </>
        )}
      </div>
    </div>
  )
})
