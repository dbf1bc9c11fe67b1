/** What keeps a VIN from being accepted, as the form tells the user while they type. */
export type VinProblem =
  | { kind: 'incomplete'; count: number }
  | { kind: 'too_long'; count: number }
  | { kind: 'characters' }
  | { kind: 'check_digit'; expected: string; actual: string };
