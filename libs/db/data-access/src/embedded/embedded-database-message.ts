/** IPC messages between the platform and the embedded database process. */
export type EmbeddedDatabaseMessage =
  | { type: 'ready'; host: string; port: number }
  | { type: 'failed'; error: string }
  | { type: 'stop' }
  | { type: 'stopped' };
