import { invalidInput } from '../errors'
import { assertApiKey } from './check-api-key'
import { type CallOptions, type ClientConfig, HOOKS } from './options'

const isFn = (value: unknown) => typeof value === 'function'
const isCount = (value: unknown) => typeof value === 'number' && value >= 0 && Number.isFinite(value)

/** Checks what a call may override (also part of the client's options); throws InputValidationError naming it. */
export function checkCallOptions(options: CallOptions): void {
  if (typeof options !== 'object' || options === null) invalidInput('options', 'options must be an object')
  const { timeoutMs, retry, headers } = options
  // NaN, a string from an env var or a negative number would silently disable the timeout.
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0))
    invalidInput('timeoutMs', 'timeoutMs must be a number of milliseconds ≥ 0 (0 or Infinity: no limit)')
  if (retry !== undefined && retry !== false) {
    if (typeof retry !== 'object' || retry === null) invalidInput('retry', 'retry must be an object or false')
    for (const name of ['retries', 'minDelayMs', 'maxDelayMs'] as const) {
      const value = retry[name]
      if (value !== undefined && !(isCount(value) && (name !== 'retries' || Number.isInteger(value))))
        invalidInput(`retry.${name}`, `retry.${name} must be a finite number ≥ 0`)
    }
  }
  if (headers !== undefined) {
    try {
      new Headers(headers)
    } catch {
      // The platform's message quotes the value, which may be a credential.
      invalidInput('headers', 'headers holds a name or value that HTTP does not allow (not shown)')
    }
  }
}

/** Checks `createClient`'s options when the client is made, so nothing bad is ever sent or retried. */
export function checkClientConfig(config: ClientConfig): void {
  checkCallOptions(config)
  const { apiKey, baseURL } = config
  if (apiKey !== undefined && !isFn(apiKey)) assertApiKey(apiKey)
  if (baseURL !== undefined) {
    let url: URL | undefined
    try {
      url = new URL(baseURL)
    } catch {}
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
      invalidInput('baseURL', 'baseURL must be an absolute http: or https: URL, e.g. https://api.mistral.ai')
  }
  if (config.fetch !== undefined && !isFn(config.fetch)) invalidInput('fetch', 'fetch must be a function')
  for (const name of HOOKS) {
    const hooks = config[name]
    if (hooks !== undefined && ![hooks].flat().every(isFn))
      invalidInput(name, `${name} must be a function or an array of functions`)
  }
}
