/**
 * The error classes. Every guard checks a brand stored under a global symbol rather than `instanceof`,
 * so it also works across realms (iframes, workers, two copies of the package in one bundle).
 */
const BRAND = Symbol.for('@mistral-batch/core.error')

type Kind =
  | 'MistralBatchError'
  | 'ApiError'
  | 'ConnectionError'
  | 'TimeoutError'
  | 'ResponseValidationError'
  | 'InputValidationError'

/** The `is` guard of one class: true for that class and its subclasses, from any realm. */
const guard =
  <T>(kind: Kind) =>
  (value: unknown): value is T => {
    if (typeof value !== 'object' || value === null) return false
    const kinds = (value as { [BRAND]?: unknown })[BRAND]
    return Array.isArray(kinds) && kinds.includes(kind)
  }

/** One problem found in input or in a response: where it is (line, path) and what is wrong. */
export interface ValidationIssue {
  /** 1-based line number in a JSONL source, when the issue belongs to a line. */
  line?: number
  /** The line's `custom_id`, when it could be read. */
  custom_id?: string
  /** A dotted path into the value, e.g. `body.messages.0.role`; `''` for the value itself. */
  path: string
  /** A sentence a person understands. */
  message: string
  /** `warning` issues do not make input invalid (e.g. a body's `model` disagreeing with the job's). */
  severity?: 'error' | 'warning'
}

/** The base class of every error this package throws. */
export class MistralBatchError extends Error {
  declare readonly [BRAND]: readonly Kind[]
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    const kinds = brandsOf(new.target)
    // Class names do not survive minification, so the name comes from the explicit `kind`.
    this.name = kinds[0] ?? 'MistralBatchError'
    Object.defineProperty(this, BRAND, { value: kinds, enumerable: false })
  }
  static readonly kind: Kind = 'MistralBatchError'
  static is = guard<MistralBatchError>('MistralBatchError')
}

function brandsOf(ctor: unknown): Kind[] {
  const kinds: Kind[] = []
  let current = ctor as { kind?: Kind } | null
  // A caller's own subclass has no `kind` of its own; skip it and keep the brands of its ancestors.
  while (current && current !== Function.prototype) {
    if (Object.hasOwn(current, 'kind')) kinds.push(current.kind as Kind)
    current = Object.getPrototypeOf(current)
  }
  return kinds
}

/*
 * The fields below are `declare`d and set with one Object.assign: a class field per property would be
 * emitted (and minified) twice, once as a declaration and once as an assignment.
 */

/** The server answered with a non-2xx status. */
export class ApiError extends MistralBatchError {
  static override readonly kind: Kind = 'ApiError'
  declare readonly status: number
  /** The parsed JSON body, or the raw text when the body is not JSON (e.g. a gateway's HTML page). */
  declare readonly body: unknown
  declare readonly type: string | undefined
  declare readonly code: string | number | undefined
  declare readonly param: string | undefined
  declare readonly request_id: string | undefined
  declare readonly method: string
  declare readonly url: string
  /** The response headers (never the request's, so never the key). */
  declare readonly headers: Headers
  constructor(init: {
    message: string
    status: number
    body: unknown
    method: string
    url: string
    headers?: Headers
    type?: string | undefined
    code?: string | number | undefined
    param?: string | undefined
    request_id?: string | undefined
  }) {
    const { message, ...fields } = init
    super(message)
    // Every field is an own property, `undefined` when absent, as it was with class fields.
    const absent = { type: undefined, code: undefined, param: undefined, request_id: undefined }
    Object.assign(this, absent, fields, { headers: init.headers ?? new Headers() })
  }
  static override is = guard<ApiError>('ApiError')
}

/** The request never got a response: DNS, refused or reset connection, offline. */
export class ConnectionError extends MistralBatchError {
  static override readonly kind: Kind = 'ConnectionError'
  static override is = guard<ConnectionError>('ConnectionError')
}

/** No response headers arrived within `timeoutMs`. */
export class TimeoutError extends MistralBatchError {
  static override readonly kind: Kind = 'TimeoutError'
  static override is = guard<TimeoutError>('TimeoutError')
}

/** The server answered 2xx, but the payload did not have the shape the contract promises. */
export class ResponseValidationError extends MistralBatchError {
  static override readonly kind: Kind = 'ResponseValidationError'
  declare readonly issues: readonly ValidationIssue[]
  declare readonly data: unknown
  constructor(message: string, init: { issues: readonly ValidationIssue[]; data: unknown }) {
    super(message)
    Object.assign(this, { issues: init.issues, data: init.data })
  }
  static override is = guard<ResponseValidationError>('ResponseValidationError')
}

/** The caller's input is invalid; nothing was sent. Each issue names its line where there is one. */
export class InputValidationError extends MistralBatchError {
  static override readonly kind: Kind = 'InputValidationError'
  declare readonly issues: readonly ValidationIssue[]
  constructor(message: string, issues: readonly ValidationIssue[]) {
    super(message)
    Object.assign(this, { issues })
  }
  static override is = guard<InputValidationError>('InputValidationError')
}

export const isMistralBatchError = MistralBatchError.is
export const isApiError = ApiError.is
export const isConnectionError = ConnectionError.is
export const isTimeoutError = TimeoutError.is
export const isResponseValidationError = ResponseValidationError.is
export const isInputValidationError = InputValidationError.is

/** Throws an InputValidationError with one issue at `path` (a caller's argument that cannot be sent). */
export function invalidInput(path: string, message: string): never {
  throw new InputValidationError(message, [{ path, message }])
}
