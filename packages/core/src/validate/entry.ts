// The `@mistral-batch/core/validate` entry: the validator loaded eagerly, for servers and tools (the
// emulator) that check bodies line by line. Kept off the root entry so that a browser app importing
// `createClient` never ships the ten endpoint schemas up front (the root's validateBatchInput loads them
// lazily on first use).
export { validateRequestBody } from './request-body'
export { type BatchInputReport, type ValidateBatchInputOptions, validateBatchInput } from './validate-input'
