export { handleNodeRequest, nodeMiddleware, type WebHandler } from './adapter'
export { type ServeOptions, type Server, serve } from './serve'
export { toWebRequest, UnusableRequest } from './web-request'
export { sendWebResponse } from './web-response'
