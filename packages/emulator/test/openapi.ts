import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import { parse } from 'yaml'

/**
 * The contract's OpenAPI 3.1 documents, loaded as JSON Schema 2020-12 (never retyped). They are copied
 * from shared/contract into test/fixtures so the suite does not depend on a sibling checkout.
 */
function load(name: string): unknown {
  const path = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
  return parse(readFileSync(path, 'utf8'))
}

// strict: false lets OpenAPI-only keywords (`discriminator`, `examples`, `x-…`) pass through unenforced.
const ajv = new Ajv2020({ strict: false, allErrors: true })
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)) && /T/.test(value))
ajv.addFormat('uri', (value: string) => URL.canParse(value))
ajv.addFormat('binary', () => true)
ajv.addSchema(load('files-batch.openapi.yaml') as object, 'files-batch')
ajv.addSchema(load('batch-endpoints.openapi.yaml') as object, 'endpoints')

const cache = new Map<string, ValidateFunction>()

function validator(doc: 'files-batch' | 'endpoints', name: string): ValidateFunction {
  const key = `${doc}#${name}`
  let validate = cache.get(key)
  if (!validate) {
    validate = ajv.compile({ $ref: `${doc}#/components/schemas/${name}` })
    cache.set(key, validate)
  }
  return validate
}

/** Asserts `value` matches `components.schemas[name]` of files-batch.openapi.yaml; throws with Ajv's errors. */
export function expectFilesBatchSchema(name: string, value: unknown): void {
  const validate = validator('files-batch', name)
  if (!validate(value))
    throw new Error(`${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`)
}

/** The same against batch-endpoints.openapi.yaml (the ten endpoints' response schemas). */
export function expectEndpointSchema(name: string, value: unknown): void {
  const validate = validator('endpoints', name)
  if (!validate(value))
    throw new Error(`${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`)
}
