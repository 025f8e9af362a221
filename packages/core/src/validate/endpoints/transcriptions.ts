import * as v from 'valibot'
import { model } from './common'

/**
 * `/v1/audio/transcriptions`: E `AudioTranscriptionRequest`. The spec's `file` is a multipart upload,
 * which a JSON line cannot carry, so a batch body needs `file_url` or `file_id` (contract §6).
 */
export const transcription = v.pipe(
  v.looseObject({ model, file_url: v.nullish(v.string()), file_id: v.nullish(v.string()) }),
  v.check((body) => body.file_url != null || body.file_id != null, 'needs a file_url or a file_id'),
)
