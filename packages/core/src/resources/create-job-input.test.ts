import { describe, expect, it } from 'vitest'
import { InputValidationError } from '../errors'
import { type CreateJobParams, checkCreateJob } from './create-job-input'

const base: CreateJobParams = { endpoint: '/v1/chat/completions', input_files: ['f'] }
const request = { custom_id: '1', body: {} }

describe('checkCreateJob', () => {
  it.each<[string, Partial<CreateJobParams>, string]>([
    ['an unknown endpoint', { endpoint: '/v1/nope' as CreateJobParams['endpoint'] }, 'endpoint'],
    ['neither input_files nor requests', { input_files: undefined }, 'input_files'],
    ['both input_files and requests', { requests: [request] }, 'input_files'],
    [
      'more than 10,000 requests',
      { input_files: undefined, requests: Array(10_001).fill(request) },
      'requests',
    ],
    ['timeout_hours 0', { timeout_hours: 0 }, 'timeout_hours'],
    ['timeout_hours 169', { timeout_hours: 169 }, 'timeout_hours'],
    ['timeout_hours 1.5', { timeout_hours: 1.5 }, 'timeout_hours'],
    ['a 33-char metadata key', { metadata: { ['k'.repeat(33)]: 'v' } }, `metadata.${'k'.repeat(33)}`],
    ['an empty metadata value', { metadata: { k: '' } }, 'metadata.k'],
    ['a 513-char metadata value', { metadata: { k: 'v'.repeat(513) } }, 'metadata.k'],
  ])('rejects %s, naming the field', (_name, over, path) => {
    let error: unknown
    try {
      checkCreateJob({ ...base, ...over })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputValidationError)
    expect((error as InputValidationError).issues.map((i) => i.path)).toContain(path)
  })

  it('accepts a valid job at the bounds', () => {
    expect(() =>
      checkCreateJob({ ...base, timeout_hours: 168, metadata: { ['k'.repeat(32)]: 'v'.repeat(512) } }),
    ).not.toThrow()
    expect(() =>
      checkCreateJob({ endpoint: '/v1/embeddings', requests: Array(10_000).fill(request) }),
    ).not.toThrow()
  })
})
