import { InputValidationError, invalidInput } from '../errors'
import { randomId } from '../http/random-id'
import { jsonlStream } from '../jsonl/encode'
import { readBatches } from '../jsonl/lines'
import { byteChunks } from '../jsonl/source'
import { checkCreateJob } from '../resources/create-job-input'
import { IDEMPOTENCY_KEY } from '../resources/jobs'
import { createWait } from '../resources/wait'
import { fileLines } from '../results/results'
import { isTerminalStatus } from '../schemas/enums'
import { toBlob } from '../upload/to-blob'
import { MAX_BATCH_FILE_BYTES, MAX_BATCH_FILE_REQUESTS } from '../validate/limits'
import { groupProgressKey } from './progress-key'

/**
 * What the lazy groups chunk uses of the client's own code, handed to it when it loads (see kit-slot.ts).
 * Why not plain imports there: a module imported both up front and by a lazy chunk makes a bundler cut
 * the client's code into one more shared chunk, and that cut alone cost about 0.7 KB gzip up front (more
 * than all of groups' own up-front code; bench "groups + retryFailed up front"). This object costs ~0.1 KB.
 */
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
