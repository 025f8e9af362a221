export { nodeMiddleware, sendWebResponse, toWebRequest, type WebHandler } from './adapter'
export { type ServeOptions, type Server, serve } from './serve'
