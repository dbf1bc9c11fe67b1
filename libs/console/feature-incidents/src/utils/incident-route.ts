/** `#/incidents` is the list, `#/incidents/{id}` one incident (hash routes, like every console page). */
export function incidentIdOf(hash: string): number | null {
  const m = /^#\/?incidents\/(\d{1,15})(?:[?/]|$)/.exec(hash);
  const id = m?.[1] === undefined ? NaN : Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function incidentHref(id: number): string {
  return `#/incidents/${id}`;
}

export const INCIDENTS_HREF = '#/incidents';
