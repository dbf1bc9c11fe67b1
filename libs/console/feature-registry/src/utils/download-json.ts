/** Saves `value` as a JSON file through the browser's download, without a round trip to the server. */
export function downloadJson(value: unknown, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the blob to the download by the time the current task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
