export type SafetyOfficer = { id: string; name: string; enterpriseId: string; licenceYears: number };
