export * from './components/incidents-page.js';
export * from './utils/incident-route.js';
export * from './hooks/use-report-incident-at.js';
export * from './utils/incident-access.js';
