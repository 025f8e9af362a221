import * as v from 'valibot'
import { FilePurposeSchema, FileSourceSchema, FileVisibilitySchema, SampleTypeSchema } from './open-enums'

/** `FileSchema` / `CreateFileResponse` (contract §2.7). `v.object` drops unknown keys, so new fields break nothing. */
export const FileObjectSchema = v.object({
  id: v.string(),
  object: v.string(),
  // Declared a required integer, but every spec example returns null (contract §11.1): accept both.
  bytes: v.nullable(v.number()),
  created_at: v.number(),
  filename: v.string(),
  purpose: FilePurposeSchema,
  sample_type: SampleTypeSchema,
  source: FileSourceSchema,
  num_lines: v.nullish(v.number()),
  mimetype: v.nullish(v.string()),
  signature: v.nullish(v.string()),
  expires_at: v.nullish(v.number()),
  visibility: v.nullish(FileVisibilitySchema),
})
export type FileObject = v.InferOutput<typeof FileObjectSchema>

/** `GetFileResponse`: a file plus `deleted` (contract §2.3). */
export const RetrievedFileSchema = v.object({ ...FileObjectSchema.entries, deleted: v.boolean() })
export type RetrievedFile = v.InferOutput<typeof RetrievedFileSchema>

/** `ListFilesResponse`: `total` is nullable here, unlike the jobs list (contract §11.6). */
export const FileListSchema = v.object({
  data: v.optional(v.array(FileObjectSchema), []),
  object: v.string(),
  total: v.nullish(v.number()),
})
export type FileList = v.InferOutput<typeof FileListSchema>

/** `DeleteFileResponse` and `DeleteBatchJobResponse` share one shape. */
export const DeletedSchema = v.object({
  id: v.string(),
  object: v.string(),
  deleted: v.optional(v.boolean(), true),
})
export type Deleted = v.InferOutput<typeof DeletedSchema>

/** `GetSignedUrlResponse` (contract §2.6). */
export const SignedUrlSchema = v.object({ url: v.string() })
export type SignedUrl = v.InferOutput<typeof SignedUrlSchema>
