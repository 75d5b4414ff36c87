import { useCallback, useState } from 'react'
import { NavigationType, useLocation, useNavigate, useNavigationType } from 'react-router'

/**
 * Closes a dialog route (`new`, `:phoneNumberID/edit`) back to the list it was opened over,
 * query string (search, sort, "show removed") included. Opened from the list, closing steps
 * back in history, so the back button afterwards does not reopen the dialog; reached any
 * other way (a deep link, a reload), it replaces the dialog's entry with the list.
 */
export function useReturnToList(): () => void {
  const navigate = useNavigate()
  const { search, key } = useLocation()
  const navigationType = useNavigationType()
  const [openedFromList] = useState(
    () => navigationType === NavigationType.Push && key !== 'default',
  )

  return useCallback(() => {
    if (openedFromList) void navigate(-1)
    // `..` is relative to the route, not the URL: it drops `new` and `:phoneNumberID/edit` alike.
    else void navigate({ pathname: '..', search }, { replace: true })
  }, [navigate, openedFromList, search])
}
