import type { VehicleCategory } from '@fleet/fleet-model';

/** How demo vehicles of one category are made. */
export type CategoryProfile = {
  /** Id prefix, e.g. `RT` for `RT-0001`. */
  idPrefix: string;
  /** Two VIN characters (positions 4–5) naming the category in the synthetic VDS. */
  vinCode: string;
  /** SAE J3016 = GB/T 40429 levels to pick from. */
  levels: readonly number[];
  /** Probability that a vehicle is approved to run with nobody on board. */
  driverlessShare: number;
  enterpriseIds: readonly string[];
  /** Roads of `@fleet/pilot-zone` this category drives on. */
  routeIds: readonly string[];
  cruiseMps: readonly [min: number, max: number];
  maxMps: number;
};

const LOCAL_ANTING = [
  'anting-boyuan-rd',
  'anting-moyu-rd',
  'anting-anzhi-rd',
  'anting-anchi-rd',
  'anting-changji-e-rd',
  'anting-yuanguo-rd',
  'anting-antuo-rd',
  'anting-miquan-s-rd',
  'anting-yutian-s-rd',
];
const LOCAL_XINCHENG = [
  'xincheng-baiyin-rd',
  'xincheng-hongde-rd',
  'xincheng-yumin-s-rd',
  'xincheng-tianzhu-rd',
  'xincheng-shuangding-rd',
  'xincheng-akesu-rd',
  'xincheng-yining-rd',
  'xincheng-shengxin-rd',
];
const ARTERIALS = [
  'anting-caoan-hwy',
  'anting-jiasong-n-rd',
  'anting-jiaan-hwy',
  'jiading-tacheng-rd',
  'jiading-baoan-hwy',
  'jiading-huyi-hwy',
  'malu-chenxiang-hwy',
  'jiangqiao-jinshajiang-w-rd',
  'jiangqiao-huajiang-rd',
  'nanxiang-yunxiang-rd',
];
const EXPRESSWAYS = ['g2-jinghu-expwy', 's5-hujia-expwy', 'g15-shenhai-expwy', 'corridor-jiading-hongqiao'];
const CAR_ROADS = [...LOCAL_ANTING, ...LOCAL_XINCHENG, ...ARTERIALS, ...EXPRESSWAYS];

// Speeds: urban limits in the zone are 40–60 km/h, expressways 80–100 km/h; robots and sweepers are low-speed by rule.
// prettier-ignore
export const CATEGORY_PROFILES: Readonly<Record<VehicleCategory, CategoryProfile>> = {
  l2_car: { idPrefix: 'L2', vinCode: 'PC', levels: [2], driverlessShare: 0, enterpriseIds: ['ent-demo-07', 'ent-demo-01'], routeIds: CAR_ROADS, cruiseMps: [12, 19], maxMps: 22 },
  l3_car: { idPrefix: 'L3', vinCode: 'PA', levels: [3], driverlessShare: 0, enterpriseIds: ['ent-demo-01', 'ent-demo-07'], routeIds: CAR_ROADS, cruiseMps: [12, 18], maxMps: 22 },
  robotaxi: { idPrefix: 'RT', vinCode: 'RX', levels: [4], driverlessShare: 0.35, enterpriseIds: ['ent-demo-01', 'ent-demo-02'], routeIds: [...LOCAL_ANTING, ...LOCAL_XINCHENG, 'corridor-jiading-hongqiao', 'corridor-jiading-hongqiao', 'anting-caoan-hwy', 'jiading-huyi-hwy'], cruiseMps: [11, 16], maxMps: 19.4 },
  smart_bus: { idPrefix: 'BUS', vinCode: 'BS', levels: [4], driverlessShare: 0, enterpriseIds: ['ent-demo-03'], routeIds: ['anting-caoan-hwy', 'anting-boyuan-rd', 'anting-moyu-rd', 'anting-jiasong-n-rd', 'xincheng-baiyin-rd', 'xincheng-hongde-rd', 'xincheng-yumin-s-rd', 'xincheng-tianzhu-rd', 'jiading-huyi-hwy', 'malu-chenxiang-hwy'], cruiseMps: [10, 14], maxMps: 16.7 },
  minibus: { idPrefix: 'MB', vinCode: 'MB', levels: [4], driverlessShare: 0.6, enterpriseIds: ['ent-demo-03', 'ent-demo-02'], routeIds: [...LOCAL_ANTING, ...LOCAL_XINCHENG], cruiseMps: [5, 7], maxMps: 8.3 },
  delivery: { idPrefix: 'DL', vinCode: 'DV', levels: [4], driverlessShare: 1, enterpriseIds: ['ent-demo-04'], routeIds: ['anting-anzhi-rd', 'anting-anchi-rd', 'anting-antuo-rd', 'anting-miquan-s-rd', 'xincheng-yining-rd', 'xincheng-tianzhu-rd', 'xincheng-hongde-rd'], cruiseMps: [3, 5], maxMps: 5.5 },
  sweeper: { idPrefix: 'SW', vinCode: 'SW', levels: [4], driverlessShare: 0.8, enterpriseIds: ['ent-demo-05'], routeIds: ['anting-boyuan-rd', 'anting-anchi-rd', 'anting-yuanguo-rd', 'xincheng-baiyin-rd', 'xincheng-shuangding-rd', 'xincheng-akesu-rd'], cruiseMps: [2, 3], maxMps: 3.5 },
  truck: { idPrefix: 'TR', vinCode: 'HT', levels: [3, 4], driverlessShare: 0, enterpriseIds: ['ent-demo-04'], routeIds: [...EXPRESSWAYS, 'anting-caoan-hwy', 'anting-jiasong-n-rd', 'jiading-huyi-hwy', 'jiading-baoan-hwy', 'jiangqiao-jinshajiang-w-rd'], cruiseMps: [14, 20], maxMps: 22 },
  avp: { idPrefix: 'AVP', vinCode: 'AV', levels: [4], driverlessShare: 1, enterpriseIds: ['ent-demo-06', 'ent-demo-07'], routeIds: ['avp-garage-loop'], cruiseMps: [1.5, 2.5], maxMps: 3 },
};

/**
 * The repeating mix of categories: every 20 consecutive vehicles hold every category, so any fleet of 20 or more
 * has all of them, and a fleet is a prefix of every larger one. Per 20: 5 L2, 4 L3, 3 robotaxi, 2 delivery, 2 AVP,
 * 1 bus, 1 minibus, 1 sweeper, 1 truck.
 */
// prettier-ignore
export const CATEGORY_CYCLE: readonly VehicleCategory[] = [
  'l2_car', 'robotaxi', 'l3_car', 'delivery', 'l2_car', 'smart_bus', 'l3_car', 'robotaxi', 'l2_car', 'avp',
  'minibus', 'l3_car', 'l2_car', 'sweeper', 'robotaxi', 'delivery', 'truck', 'l3_car', 'l2_car', 'avp',
];
