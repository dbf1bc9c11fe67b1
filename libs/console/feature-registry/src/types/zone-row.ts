/** A permit zone as the registry table lists it: an area, or a road corridor of some width. */
export type ZoneRow = {
  id: string;
  nameZh: string;
  nameEn: string;
  type: 'area' | 'corridor';
  /** Total width of a corridor's band; null for an area. */
  widthM: number | null;
};
