import { InputValidationError, invalidInput } from '../errors'
import { toConnectionError } from '../http/failure'
import { randomId } from '../http/random-id'
import type { CallOptions, Requester } from '../http/request'
import { jsonlStream } from '../jsonl/encode'
import type { readBatches as ReadBatches } from '../jsonl/lines'
import type { byteChunks as ByteChunks } from '../jsonl/source'
import { checkCreateJob } from '../resources/create-job-input'
import { openContent } from '../resources/files'
import { IDEMPOTENCY_KEY } from '../resources/jobs'
import { createWait } from '../resources/wait'
import type { Lines } from '../results/resume'
import { isTerminalStatus } from '../schemas/enums'
import { toBlob } from '../upload/to-blob'
import { MAX_BATCH_FILE_BYTES, MAX_BATCH_FILE_REQUESTS } from '../validate/limits'
import { groupProgressKey } from './progress-key'

/**
 * What the lazy groups chunk uses of the client's own code, handed to it when it loads (see kit-slot.ts;
 * ResultsKit in results/results.ts says why handed in). It loads with the groups chunk (api.ts).
 */
/*
 * The JSONL reader and the results reader are lazy chunks of their own (the client loads them on the first
 * results() or validateBatchInput call), so the kit hands the groups chunk wrappers that load them, not the
 * modules: a static import here would put them back in the client's first chunk.
 */
const readBatches: typeof ReadBatches = async function* (...args) {
  yield* (await import('../jsonl/lines')).readBatches(...args)
}
const byteChunks: typeof ByteChunks = async function* (...args) {
  yield* (await import('../jsonl/source')).byteChunks(...args)
}
async function* fileLines(request: Requester, file_id: string, options?: CallOptions): AsyncGenerator<Lines> {
  const { fileLines: read } = await import('../results/results')
  yield* read({ openContent, toConnectionError }, request, file_id, options)
}

export const kit = {
  InputValidationError,
  invalidInput,
  randomId,
  jsonlStream,
  readBatches,
  byteChunks,
  checkCreateJob,
  IDEMPOTENCY_KEY,
  createWait,
  fileLines,
  isTerminalStatus,
  toBlob,
  MAX_BATCH_FILE_BYTES,
  MAX_BATCH_FILE_REQUESTS,
  groupProgressKey,
}

export type Kit = typeof kit
