import { describe, expect, vi } from 'vitest'
import { MAX_BODY_BYTES } from './app.ts'
import {
  bulkPath,
  expectProblem,
  fieldsOf,
  numberPath,
  numbersPath,
  RIVERA,
  test,
} from './testing/harness.ts'

const createPath = numbersPath(RIVERA)

describe('unknown routes and methods', () => {
  test.for([
    '/api/v4/nope',
    '/api/v3/businesses',
    '/api/v4/businesses/abc/associate-phone-numbers',
    '/api/v4/businesses/12%0034/associate-phone-numbers',
    `/api/v4/businesses/${RIVERA}/associate-phone-numbers/not-a-number`,
    `/api/v4/businesses/${RIVERA}/associate-phone-numbers/-1`,
    '/sandbox/nope',
    '/nothing-here',
  ])('answers 404 Problem for %s', async (path, { h }) => {
    await expectProblem(await h.send('GET', path, { as: 'sam-ortiz' }), 404, 'not-found')
  })

  test('answers 404 for a numeric but enormous id, not 500', async ({ h }) => {
    const huge = '9'.repeat(5000)
    await expectProblem(
      await h.send('GET', numbersPath(huge), { as: 'sam-ortiz' }),
      404,
      'not-found',
    )
    const res = await h.send('DELETE', numberPath(RIVERA, huge), { as: 'sam-ortiz' })
    const problem = await expectProblem(res, 404, 'not-found')
    expect(problem.detail.length).toBeLessThan(120)
  })

  test.for<[string, string, string]>([
    ['PATCH', createPath, 'GET, POST'],
    ['DELETE', createPath, 'GET, POST'],
    ['GET', numberPath(RIVERA, '1234567890123456789'), 'PUT, DELETE'],
    ['POST', numberPath(RIVERA, '1234567890123456789'), 'PUT, DELETE'],
    ['GET', bulkPath(RIVERA), 'POST'],
    ['POST', '/api/v4/businesses', 'GET'],
    ['DELETE', '/api/v4/users/self', 'GET'],
    ['POST', '/sandbox/personas', 'GET'],
    ['GET', '/sandbox/reset', 'POST'],
    ['DELETE', '/sandbox/faults', 'GET, PUT'],
  ])('answers 405 Problem with Allow for %s %s', async ([method, path, allow], { h }) => {
    const res = await h.send(method, path, { as: 'sam-ortiz' })
    await expectProblem(res, 405, 'method-not-allowed')
    expect(res.headers.get('allow')).toBe(allow)
  })
})

describe('request bodies', () => {
  const valid = JSON.stringify({ phoneNumber: '+12065550142', name: 'Body test' })

  test('accepts application/json with a charset', async ({ h }) => {
    const headers = { 'Content-Type': 'application/json; charset=utf-8' }
    const res = await h.send('POST', createPath, { as: 'pat-rivera', body: valid, headers })
    expect(res.status).toBe(201)
  })

  test.for([undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])(
    'answers 415 for Content-Type %s',
    async (type, { h }) => {
      const headers: Record<string, string> = type ? { 'Content-Type': type } : {}
      const res = await h.send('POST', createPath, { as: 'pat-rivera', body: valid, headers })
      await expectProblem(res, 415, 'unsupported-media-type')
    },
  )

  test.for(['{', '{"phoneNumber":', 'null', '[]', '"text"', '42', 'true', ''])(
    'answers 400 naming the body for %j',
    async (body, { h }) => {
      const headers = { 'Content-Type': 'application/json' }
      const res = await h.send('POST', createPath, { as: 'pat-rivera', body, headers })
      expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual(['body'])
    },
  )

  test('answers 413 for a body over 256 KiB, and stores nothing', async ({ h }) => {
    const body = JSON.stringify({ phoneNumber: '+12065550142', name: 'x'.repeat(MAX_BODY_BYTES) })
    const headers = { 'Content-Type': 'application/json' }
    const res = await h.send('POST', createPath, { as: 'pat-rivera', body, headers })
    await expectProblem(res, 413, 'payload-too-large')
    const list = await h.send('GET', createPath, { as: 'pat-rivera' })
    expect(await list.text()).not.toContain('+12065550142')
  })

  test('answers 413 from the Content-Length alone', async ({ h }) => {
    const headers = { 'Content-Type': 'application/json', 'Content-Length': '300000' }
    const res = await h.send('POST', createPath, { as: 'pat-rivera', body: valid, headers })
    await expectProblem(res, 413, 'payload-too-large')
  })
})

describe('an unexpected failure', () => {
  test('becomes a 500 Problem from onError, and is logged', async ({ h }) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    h.close() // storage gone: every query now throws
    const res = await h.send('GET', createPath, { as: 'pat-rivera' })
    await expectProblem(res, 500, 'server-error')
    expect(logged).toHaveBeenCalledOnce()
    logged.mockRestore()
  })
})
