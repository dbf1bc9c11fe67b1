/** The tabs of the registry page, in the order shown. */
export const REGISTRY_TABS = ['enterprises', 'vehicles', 'officers', 'zones'] as const;
export type RegistryTab = (typeof REGISTRY_TABS)[number];
