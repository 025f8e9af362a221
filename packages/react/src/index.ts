import { placeholder } from '@mistral-batch/core'
export const reactPlaceholder = `react+${placeholder}`
