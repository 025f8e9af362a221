export const nodePlaceholder = 'node'
