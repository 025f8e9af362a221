import { beforeEach, describe, expect, it } from 'vitest'
import { forgetJob, loadRememberedJobs, rememberJob, STORAGE_KEY } from './storage'

beforeEach(() => localStorage.clear())

describe('remembered jobs', () => {
  it('keeps the newest first, without duplicates', () => {
    rememberJob({ id: 'a', created_at: 1 })
    rememberJob({ id: 'b', created_at: 2 })
    rememberJob({ id: 'a', created_at: 1 })
    expect(loadRememberedJobs().map((j) => j.id)).toEqual(['a', 'b'])
  })
  it('forgets one job and keeps the others', () => {
    rememberJob({ id: 'a', created_at: 1 })
    rememberJob({ id: 'b', created_at: 2 })
    expect(forgetJob('a').map((j) => j.id)).toEqual(['b'])
    expect(loadRememberedJobs().map((j) => j.id)).toEqual(['b'])
  })
  it('caps the list at 25 jobs, dropping the oldest', () => {
    for (let i = 0; i < 30; i++) rememberJob({ id: `j${i}`, created_at: i })
    const ids = loadRememberedJobs().map((j) => j.id)
    expect(ids).toHaveLength(25)
    expect(ids[0]).toBe('j29')
    expect(ids).not.toContain('j4')
  })
  it('reads corrupt or foreign values as nothing, and skips malformed entries', () => {
    localStorage.setItem(STORAGE_KEY, '{not json')
    expect(loadRememberedJobs()).toEqual([])
    localStorage.setItem(STORAGE_KEY, JSON.stringify([{ id: 'ok', created_at: 3 }, { id: 4 }, 'x', null]))
    expect(loadRememberedJobs()).toEqual([{ id: 'ok', created_at: 3 }])
  })
  it('works without storage at all', () => {
    expect(loadRememberedJobs(null)).toEqual([])
    expect(rememberJob({ id: 'a', created_at: 1 }, null)).toEqual([{ id: 'a', created_at: 1 }])
  })
})
