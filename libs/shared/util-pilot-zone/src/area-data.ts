import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { BasemapKind } from './basemap-kind.js';

export type AreaSpec = {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: Extract<BasemapKind, 'test_area' | 'zone_boundary' | 'water'>;
  geometry: Polygon | MultiPolygon;
};

export type LandmarkSpec = { id: string; nameZh: string; nameEn: string; geometry: Point };

function rect(minLon: number, minLat: number, maxLon: number, maxLat: number): [number, number][] {
  return [
    [minLon, minLat],
    [maxLon, minLat],
    [maxLon, maxLat],
    [minLon, maxLat],
    [minLon, minLat],
  ];
}

/** A closed ring approximating an ellipse, for lakes and moats (radii in degrees). */
function ellipse(lon: number, lat: number, rLon: number, rLat: number, vertices = 24): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < vertices; i++) {
    const a = (2 * Math.PI * i) / vertices;
    ring.push([Math.round((lon + rLon * Math.cos(a)) * 1e6) / 1e6, Math.round((lat + rLat * Math.sin(a)) * 1e6) / 1e6]);
  }
  ring.push(ring[0] as [number, number]);
  return ring;
}

// Approximate DEMO areas: none of these is an official permit area or the legal pilot-zone boundary.
// prettier-ignore
export const AREAS: readonly AreaSpec[] = [
  { id: 'pilot-zone-boundary', nameZh: '嘉定智能网联汽车示范区范围（示意）', nameEn: 'Jiading connected-vehicle pilot zone (schematic extent)', kind: 'zone_boundary',
    geometry: { type: 'Polygon', coordinates: [[[121.150, 31.2700], [121.2200, 31.2560], [121.2300, 31.2020], [121.3250, 31.2000], [121.3500, 31.2350], [121.3500, 31.3750], [121.3000, 31.4000], [121.2000, 31.4000], [121.1500, 31.3300], [121.150, 31.2700]]] } },
  { id: 'test-anting-closed-site', nameZh: '安亭封闭测试场（示意）', nameEn: 'Anting closed test site (schematic)', kind: 'test_area',
    geometry: { type: 'Polygon', coordinates: [rect(121.1860, 31.2975, 121.1945, 31.3040)] } },
  { id: 'test-anting-open-roads', nameZh: '安亭开放道路测试区（示意）', nameEn: 'Anting open-road testing area (schematic)', kind: 'test_area',
    geometry: { type: 'Polygon', coordinates: [[[121.1560, 31.2730], [121.2330, 31.2730], [121.2340, 31.3200], [121.1800, 31.3330], [121.1560, 31.3200], [121.1560, 31.2730]]] } },
  { id: 'demo-xincheng-demonstration', nameZh: '嘉定新城示范应用区（示意）', nameEn: 'Jiading new town demonstration area (schematic)', kind: 'test_area',
    geometry: { type: 'Polygon', coordinates: [rect(121.2150, 31.3170, 121.2850, 31.3720)] } },
  { id: 'demo-corridor-jiading-hongqiao', nameZh: '嘉定—虹桥示范走廊沿线区域（示意）', nameEn: 'Jiading–Hongqiao corridor demonstration strip (schematic)', kind: 'test_area',
    geometry: { type: 'Polygon', coordinates: [[[121.2500, 31.3360], [121.2620, 31.3360], [121.2760, 31.2950], [121.3270, 31.2050], [121.3130, 31.2030], [121.2620, 31.2900], [121.2500, 31.3360]]] } },
  { id: 'test-avp-garage', nameZh: '汽车城自主泊车示范车库（示意）', nameEn: 'Auto City AVP demo garage (schematic)', kind: 'test_area',
    geometry: { type: 'Polygon', coordinates: [rect(121.2135, 31.2865, 121.2158, 31.2885)] } },
  { id: 'test-sweeper-delivery-campuses', nameZh: '无人配送与环卫作业园区（示意）', nameEn: 'Delivery and sweeper campuses (schematic)', kind: 'test_area',
    geometry: { type: 'MultiPolygon', coordinates: [[rect(121.2090, 31.2810, 121.2230, 31.2960)], [rect(121.2380, 31.3230, 121.2580, 31.3460)]] } },
  { id: 'water-yuanxiang-lake', nameZh: '远香湖', nameEn: 'Yuanxiang Lake', kind: 'water',
    geometry: { type: 'Polygon', coordinates: [ellipse(121.2480, 31.3500, 0.0045, 0.0030)] } },
  { id: 'water-jiading-moat', nameZh: '嘉定护城河', nameEn: 'Jiading old town moat', kind: 'water',
    // A ring: the outer bank with the old town cut out as a hole.
    geometry: { type: 'Polygon', coordinates: [ellipse(121.2490, 31.3840, 0.0062, 0.0055), ellipse(121.2490, 31.3840, 0.0054, 0.0047).reverse()] } },
];

// prettier-ignore
export const LANDMARKS: readonly LandmarkSpec[] = [
  { id: 'lm-intl-auto-city', nameZh: '上海国际汽车城', nameEn: 'Shanghai International Automobile City', geometry: { type: 'Point', coordinates: [121.1800, 31.2920] } },
  { id: 'lm-tongji-jiading', nameZh: '同济大学嘉定校区', nameEn: 'Tongji University Jiading Campus', geometry: { type: 'Point', coordinates: [121.2147, 31.2855] } },
  { id: 'lm-auto-museum', nameZh: '上海汽车博物馆', nameEn: 'Shanghai Auto Museum', geometry: { type: 'Point', coordinates: [121.1900, 31.2935] } },
  { id: 'lm-closed-test-site', nameZh: '智能网联汽车封闭测试场（示意）', nameEn: 'Connected-vehicle closed test site (schematic)', geometry: { type: 'Point', coordinates: [121.1902, 31.3008] } },
  { id: 'lm-auto-city-station', nameZh: '上海汽车城站', nameEn: 'Shanghai Auto City Station', geometry: { type: 'Point', coordinates: [121.1745, 31.2900] } },
  { id: 'lm-anting-station', nameZh: '安亭站', nameEn: 'Anting Station', geometry: { type: 'Point', coordinates: [121.1640, 31.2905] } },
  { id: 'lm-shanghai-circuit', nameZh: '上海国际赛车场', nameEn: 'Shanghai International Circuit', geometry: { type: 'Point', coordinates: [121.2210, 31.3380] } },
  { id: 'lm-jiading-xincheng-station', nameZh: '嘉定新城站', nameEn: 'Jiading Xincheng Station', geometry: { type: 'Point', coordinates: [121.2520, 31.3320] } },
  { id: 'lm-poly-theatre', nameZh: '上海保利大剧院', nameEn: 'Shanghai Poly Grand Theatre', geometry: { type: 'Point', coordinates: [121.2445, 31.3480] } },
  { id: 'lm-jiading-old-town', nameZh: '嘉定老城（法华塔）', nameEn: 'Jiading old town (Fahua Pagoda)', geometry: { type: 'Point', coordinates: [121.2490, 31.3840] } },
  { id: 'lm-hongqiao-hub', nameZh: '虹桥综合交通枢纽（方向）', nameEn: 'Hongqiao transport hub (direction)', geometry: { type: 'Point', coordinates: [121.3200, 31.2030] } },
  { id: 'lm-jiangqiao', nameZh: '江桥', nameEn: 'Jiangqiao', geometry: { type: 'Point', coordinates: [121.3200, 31.2480] } },
];
