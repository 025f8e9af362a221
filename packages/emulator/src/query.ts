import type { DetailItem } from './http'

/**
 * Typed reads of query parameters that collect FastAPI-style `detail[]` items instead of throwing, so
 * one 422 can name every bad parameter at once (contract §10).
 */
export class QueryReader {
  readonly issues: DetailItem[] = []
  constructor(readonly params: URLSearchParams) {}

  int(name: string, fallback: number, bounds: { min?: number; max?: number } = {}): number {
    const raw = this.params.get(name)
    if (raw === null || raw === '') return fallback
    const value = Number(raw)
    if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value)) {
      this.issues.push({
        type: 'int_parsing',
        loc: ['query', name],
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        input: raw,
      })
      return fallback
    }
    if (bounds.min !== undefined && value < bounds.min) {
      this.issues.push({
        type: 'greater_than_equal',
        loc: ['query', name],
        msg: `Input should be greater than or equal to ${bounds.min}`,
        input: raw,
        ctx: { ge: bounds.min },
      })
    } else if (bounds.max !== undefined && value > bounds.max) {
      this.issues.push({
        type: 'less_than_equal',
        loc: ['query', name],
        msg: `Input should be less than or equal to ${bounds.max}`,
        input: raw,
        ctx: { le: bounds.max },
      })
    }
    return value
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.params.get(name)
    if (raw === null || raw === '') return fallback
    const lower = raw.toLowerCase()
    if (['true', '1', 'yes', 'on'].includes(lower)) return true
    if (['false', '0', 'no', 'off'].includes(lower)) return false
    this.issues.push({
      type: 'bool_parsing',
      loc: ['query', name],
      msg: 'Input should be a valid boolean, unable to interpret input',
      input: raw,
    })
    return fallback
  }

  string(name: string): string | undefined {
    const raw = this.params.get(name)
    return raw === null || raw === '' ? undefined : raw
  }

  /** Repeated keys (`status=A&status=B`, contract §3.2); a comma list is accepted too, for hand-typed URLs. */
  list<T extends string>(name: string, allowed?: readonly T[]): T[] | undefined {
    const values = this.params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .filter((v) => v !== '')
    if (values.length === 0) return undefined
    if (allowed) {
      values.forEach((value, index) => {
        if (!(allowed as readonly string[]).includes(value)) {
          this.issues.push(enumIssue(['query', name, index], value, allowed))
        }
      })
    }
    return values as T[]
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name)
    if (raw === undefined) return fallback
    if ((allowed as readonly string[]).includes(raw)) return raw as T
    this.issues.push(enumIssue(['query', name], raw, allowed))
    return fallback
  }
}

export function enumIssue(loc: (string | number)[], input: unknown, allowed: readonly string[]): DetailItem {
  const expected = allowed.map((a) => `'${a}'`).join(', ')
  return { type: 'enum', loc, msg: `Input should be ${expected}`, input, ctx: { expected } }
}
