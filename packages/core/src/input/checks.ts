/*
 * Every valibot-based input check of the public entries, in one place. (Loading them lazily was tried:
 * it saved 0.6 KB gzip, but valibot ships as one module, so its code stayed in the first chunk anyway,
 * and a first call then waited on a module load that fake-timer tests and callers cannot see.) The
 * checks that stay hand-written (polling options, JSONL encoding) run on hot or synchronous paths.
 */
export { checkCreateJob } from '../resources/create-job-input'
export {
  checkGetJobOptions,
  checkListFilesParams,
  checkListJobsParams,
  checkSignedUrlOptions,
} from '../resources/list-input'
export { checkUploadOptions } from '../resources/upload-input'
export { checkRunOptions } from '../run/run-input'
