import { saveBlob } from './save-blob.js';

/** Offers `value` as a JSON file download. */
export function saveJsonFile(fileName: string, value: unknown): void {
  saveBlob(fileName, new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
}
