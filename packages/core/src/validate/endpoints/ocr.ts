import * as v from 'valibot'

const url = v.union([v.string(), v.looseObject({ url: v.string() })])

const document = v.union([
  v.looseObject({ document_url: v.string() }),
  v.looseObject({ image_url: url }),
  v.looseObject({ file_id: v.string() }),
])

/** `/v1/ocr`: E `OCRRequest`; `document` is a file, document-URL or image-URL chunk. `model` is nullable. */
export const ocr = v.looseObject({
  model: v.nullish(v.string()),
  // A check with our own message, not a union's: a union's issues would list every option's misses.
  document: v.pipe(
    v.unknown(),
    v.check((value) => v.is(document, value), 'needs a document_url, an image_url or a file_id'),
  ),
  pages: v.nullish(v.union([v.string(), v.array(v.number())])),
})
