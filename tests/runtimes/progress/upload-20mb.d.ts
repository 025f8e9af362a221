// Types for the plain-JS upload, so the TypeScript suites can import it without allowJs.
import type { ProgressRun } from './expect-progress'

export declare const UPLOAD_BYTES: number
export declare function batchBlob(): Blob
export declare function uploadWithProgress(
  core: unknown,
  options: { baseURL: string; apiKey: string },
): Promise<ProgressRun>
