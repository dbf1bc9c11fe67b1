/** A period and, for roles that see every enterprise, one enterprise (undefined: all of the caller's scope). */
export type ReportQuery = { from: Date; to: Date; enterpriseId?: string };

/** The promotion check of one enterprise or one vehicle (both undefined: the caller's whole scope). */
export type PromotionQuery = { enterpriseId?: string; vehicleId?: string };

/** A downloaded export: its text and the file name the server suggested. */
export type ReportFile = { text: string; fileName: string | null };

export function reportParams(query: ReportQuery): URLSearchParams {
  const params = new URLSearchParams({ from: query.from.toISOString(), to: query.to.toISOString() });
  if (query.enterpriseId) params.set('enterprise', query.enterpriseId);
  return params;
}
