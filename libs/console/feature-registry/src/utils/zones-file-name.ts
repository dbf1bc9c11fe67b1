/** The name an export is saved under, dated (local day) so exports taken on different days sit side by side. */
export function zonesFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `permit-zones-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}.geojson`;
}
