import { expect } from '@playwright/test'

import { openAddForm, openEditForm } from '../../e2e/support/pages/number-form'
import { numbersListPage } from '../../e2e/support/pages/numbers-list-page'
import { signInAgainDialog } from '../../e2e/support/pages/sign-in-page'
import { signInOnBusiness } from '../../e2e/support/signed-in'

import { type Scene, shown } from './scene'

// Rivera Plumbing's seeded office number.
const OFFICE = { phoneNumber: '+14155550142', name: 'Office line' }

/** The add and edit forms, an edit that someone else overtook, and signing in again. */
export const formScenes: Scene[] = [
  {
    name: 'add',
    show: async ({ page, sandbox }) => {
      await signInOnBusiness(page, sandbox, 'Pat Rivera')
      await openAddForm(page)
    },
  },
  {
    name: 'edit',
    show: async ({ page, sandbox }) => {
      await signInOnBusiness(page, sandbox, 'Pat Rivera')
      await openEditForm(page, OFFICE.name)
    },
  },
  {
    name: 'edit-stale',
    show: async ({ page, sandbox }) => {
      const signedIn = await signInOnBusiness(page, sandbox, 'Pat Rivera')
      const office = await signedIn.withNumber(OFFICE.phoneNumber)
      const form = await openEditForm(page, OFFICE.name)
      await form.name.fill('Front office')
      // Someone else saves the number while the form is open.
      const path = `/businesses/${signedIn.businessID}/associate-phone-numbers/${office.phoneNumberID}`
      const theirs = { phoneNumber: '+14155550145', name: 'Reception' }
      expect((await sandbox.api('Pat Rivera', 'PUT', path, theirs)).ok()).toBe(true)
      await form.save.click()
      await shown(form.changedMeanwhile)
    },
  },
  {
    name: 'sign-in-again',
    show: async ({ page, sandbox }) => {
      await signInOnBusiness(page, sandbox, 'Pat Rivera')
      await sandbox.setFaults({ expireTokens: true })
      await numbersListPage(page).deleteNow(OFFICE.name)
      await shown(signInAgainDialog(page).dialog)
    },
  },
]
