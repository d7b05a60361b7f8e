// The engine's public face for the Electron shell (electron/ may import only this module and main/api/).
export { CHANNELS, methodName, type Channel, type Events, type RequestOf, type ResponseOf } from './api/contract.js';
export { createService, ServiceError, type HostCapabilities, type Service } from './service/createService.js';
export { formatContentSecurityPolicy } from './host/contentSecurityPolicy.js';
export { MIME_TYPES } from './host/mimeTypes.js';
export { packageRoot } from './packageRoot.js';
export { PEITTO_VERSION } from './version.js';
export { createTranslator, languageFrom, type Language } from './i18n/translate.js';
