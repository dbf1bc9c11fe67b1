/** A zones file as read in the browser: something to send, or why it is not worth sending. */
export type ZoneFileReading = { collection: unknown } | { problem: 'not_json' | 'not_collection' };
