export const proxyPlaceholder = 'proxy'
