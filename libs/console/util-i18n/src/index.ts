export * from './catalogue.js';
export * from './messages-zh-cn.js';
export * from './i18n-context.js';
