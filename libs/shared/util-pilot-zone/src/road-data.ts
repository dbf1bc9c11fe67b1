import type { RoadKind } from './basemap-kind.js';

export type RoadSpec = {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: RoadKind;
  coordinates: [number, number][];
};

// Approximate DEMO centre lines (WGS-84, lon/lat), drawn from general knowledge of the area: positions can be
// off by a few hundred metres. Ids are stable because demo vehicles' routes refer to them.
// prettier-ignore
export const ROADS: readonly RoadSpec[] = [
  // --- Anting auto city (安亭汽车城) ---
  { id: 'anting-caoan-hwy', nameZh: '曹安公路', nameEn: "Cao'an Highway", kind: 'road',
    coordinates: [[121.150, 31.2865], [121.163, 31.2855], [121.175, 31.2845], [121.190, 31.2838], [121.205, 31.2832], [121.216, 31.2825], [121.229, 31.2795], [121.245, 31.2752], [121.270, 31.2680], [121.300, 31.2590], [121.330, 31.2500]] },
  { id: 'anting-boyuan-rd', nameZh: '博园路', nameEn: 'Boyuan Road', kind: 'road',
    coordinates: [[121.160, 31.2975], [121.168, 31.2972], [121.174, 31.2968], [121.184, 31.2962], [121.195, 31.2955], [121.206, 31.2948], [121.216, 31.2942], [121.230, 31.2935]] },
  { id: 'anting-moyu-rd', nameZh: '墨玉路', nameEn: 'Moyu Road', kind: 'road',
    coordinates: [[121.1725, 31.2740], [121.1730, 31.2845], [121.1740, 31.2968], [121.1750, 31.3070], [121.1760, 31.3180], [121.1775, 31.3290]] },
  { id: 'anting-anzhi-rd', nameZh: '安智路', nameEn: 'Anzhi Road', kind: 'road',
    coordinates: [[121.1840, 31.2842], [121.1842, 31.2900], [121.1840, 31.2962], [121.1845, 31.3010], [121.1850, 31.3068]] },
  { id: 'anting-jiasong-n-rd', nameZh: '嘉松北路', nameEn: 'Jiasong North Road', kind: 'road',
    coordinates: [[121.2280, 31.2600], [121.2285, 31.2700], [121.2290, 31.2795], [121.2300, 31.2935], [121.2305, 31.3065], [121.2310, 31.3200], [121.2315, 31.3330], [121.2320, 31.3450]] },
  { id: 'anting-anchi-rd', nameZh: '安驰路', nameEn: 'Anchi Road', kind: 'road',
    coordinates: [[121.1600, 31.2905], [121.1730, 31.2902], [121.1842, 31.2900], [121.1955, 31.2897], [121.2060, 31.2893]] },
  { id: 'anting-changji-e-rd', nameZh: '昌吉东路', nameEn: 'Changji East Road', kind: 'road',
    coordinates: [[121.1620, 31.3075], [121.1750, 31.3070], [121.1850, 31.3068], [121.1960, 31.3066], [121.2070, 31.3065], [121.2170, 31.3065], [121.2305, 31.3065]] },
  { id: 'anting-yuanguo-rd', nameZh: '园国路', nameEn: 'Yuanguo Road', kind: 'road',
    coordinates: [[121.1950, 31.2760], [121.1952, 31.2836], [121.1955, 31.2897], [121.1955, 31.2955], [121.1960, 31.3066], [121.1965, 31.3150]] },
  { id: 'anting-antuo-rd', nameZh: '安拓路', nameEn: 'Antuo Road', kind: 'road',
    coordinates: [[121.2060, 31.2832], [121.2060, 31.2893], [121.2062, 31.2948], [121.2070, 31.3065], [121.2075, 31.3180]] },
  { id: 'anting-yutian-s-rd', nameZh: '于田南路', nameEn: 'Yutian South Road', kind: 'road',
    coordinates: [[121.1600, 31.2780], [121.1600, 31.2865], [121.1600, 31.2905], [121.1605, 31.2975], [121.1620, 31.3075], [121.1630, 31.3160]] },
  { id: 'anting-miquan-s-rd', nameZh: '米泉南路', nameEn: 'Miquan South Road', kind: 'road',
    coordinates: [[121.2160, 31.2740], [121.2160, 31.2825], [121.2160, 31.2942], [121.2170, 31.3065], [121.2175, 31.3180], [121.2180, 31.3260]] },
  { id: 'anting-jiaan-hwy', nameZh: '嘉安公路', nameEn: "Jia'an Highway", kind: 'road',
    coordinates: [[121.1775, 31.3290], [121.1900, 31.3330], [121.2050, 31.3380], [121.2180, 31.3420], [121.2320, 31.3450], [121.2410, 31.3470]] },
  { id: 'avp-garage-loop', nameZh: '汽车城自主泊车示范车库环道（示意）', nameEn: 'Auto City AVP demo garage loop (schematic)', kind: 'road',
    coordinates: [[121.2140, 31.2870], [121.2155, 31.2870], [121.2155, 31.2880], [121.2140, 31.2880], [121.2140, 31.2870]] },

  // --- Jiading new town (嘉定新城) ---
  { id: 'xincheng-baiyin-rd', nameZh: '白银路', nameEn: 'Baiyin Road', kind: 'road',
    coordinates: [[121.2150, 31.3565], [121.2320, 31.3560], [121.2410, 31.3557], [121.2550, 31.3552], [121.2675, 31.3548], [121.2800, 31.3543]] },
  { id: 'xincheng-hongde-rd', nameZh: '洪德路', nameEn: 'Hongde Road', kind: 'road',
    coordinates: [[121.2400, 31.3200], [121.2402, 31.3255], [121.2405, 31.3345], [121.2410, 31.3470], [121.2410, 31.3557], [121.2415, 31.3700]] },
  { id: 'xincheng-yumin-s-rd', nameZh: '裕民南路', nameEn: 'Yumin South Road', kind: 'road',
    coordinates: [[121.2560, 31.3180], [121.2558, 31.3250], [121.2555, 31.3340], [121.2553, 31.3450], [121.2550, 31.3552], [121.2545, 31.3680]] },
  { id: 'xincheng-tianzhu-rd', nameZh: '天祝路', nameEn: 'Tianzhu Road', kind: 'road',
    coordinates: [[121.2200, 31.3455], [121.2320, 31.3450], [121.2410, 31.3448], [121.2553, 31.3445], [121.2672, 31.3442], [121.2810, 31.3438]] },
  { id: 'xincheng-shuangding-rd', nameZh: '双丁路', nameEn: 'Shuangding Road', kind: 'road',
    coordinates: [[121.2180, 31.3260], [121.2310, 31.3258], [121.2402, 31.3255], [121.2558, 31.3250], [121.2680, 31.3245], [121.2820, 31.3238]] },
  { id: 'xincheng-akesu-rd', nameZh: '阿克苏路', nameEn: 'Akesu Road', kind: 'road',
    coordinates: [[121.2680, 31.3180], [121.2680, 31.3245], [121.2676, 31.3340], [121.2672, 31.3442], [121.2675, 31.3548], [121.2670, 31.3650]] },
  { id: 'xincheng-yining-rd', nameZh: '伊宁路', nameEn: 'Yining Road', kind: 'road',
    coordinates: [[121.2030, 31.3345], [121.2150, 31.3345], [121.2315, 31.3342], [121.2405, 31.3345], [121.2555, 31.3340], [121.2676, 31.3340]] },
  { id: 'xincheng-shengxin-rd', nameZh: '胜辛路', nameEn: 'Shengxin Road', kind: 'road',
    coordinates: [[121.2820, 31.3238], [121.2815, 31.3330], [121.2810, 31.3438], [121.2800, 31.3543], [121.2790, 31.3680], [121.2780, 31.3760]] },
  { id: 'jiading-tacheng-rd', nameZh: '塔城路', nameEn: 'Tacheng Road', kind: 'road',
    coordinates: [[121.2545, 31.3680], [121.2520, 31.3760], [121.2500, 31.3840], [121.2485, 31.3920], [121.2480, 31.3990]] },
  { id: 'jiading-baoan-hwy', nameZh: '宝安公路', nameEn: "Bao'an Highway", kind: 'road',
    coordinates: [[121.2300, 31.3790], [121.2520, 31.3760], [121.2650, 31.3755], [121.2780, 31.3760], [121.3000, 31.3735], [121.3250, 31.3700], [121.3480, 31.3660]] },
  { id: 'jiading-huyi-hwy', nameZh: '沪宜公路', nameEn: 'Huyi Highway', kind: 'road',
    coordinates: [[121.2600, 31.3990], [121.2650, 31.3755], [121.2670, 31.3650], [121.2740, 31.3450], [121.2830, 31.3200], [121.2920, 31.3000], [121.3020, 31.2800], [121.3120, 31.2620]] },

  // --- Malu, Nanxiang and Jiangqiao towards Hongqiao ---
  { id: 'malu-chenxiang-hwy', nameZh: '陈翔公路', nameEn: 'Chenxiang Highway', kind: 'road',
    coordinates: [[121.2305, 31.3120], [121.2550, 31.3118], [121.2750, 31.3112], [121.2880, 31.3108], [121.3150, 31.3100], [121.3450, 31.3090]] },
  { id: 'jiangqiao-jinshajiang-w-rd', nameZh: '金沙江西路', nameEn: 'Jinshajiang West Road', kind: 'road',
    coordinates: [[121.2800, 31.2500], [121.2950, 31.2480], [121.3100, 31.2455], [121.3280, 31.2430], [121.3480, 31.2400]] },
  { id: 'jiangqiao-huajiang-rd', nameZh: '华江路', nameEn: 'Huajiang Road', kind: 'road',
    coordinates: [[121.3300, 31.2250], [121.3305, 31.2340], [121.3285, 31.2430], [121.3295, 31.2500], [121.3310, 31.2600], [121.3320, 31.2700]] },
  { id: 'nanxiang-yunxiang-rd', nameZh: '云翔路', nameEn: 'Yunxiang Road', kind: 'road',
    coordinates: [[121.2900, 31.2480], [121.2920, 31.2600], [121.2950, 31.2720], [121.2990, 31.2850], [121.3020, 31.2960]] },

  // --- Expressways and the autonomous-driving corridor ---
  { id: 'g2-jinghu-expwy', nameZh: 'G2京沪高速（沪宁段）', nameEn: 'G2 Beijing–Shanghai Expressway', kind: 'expressway',
    coordinates: [[121.1500, 31.3215], [121.1650, 31.3170], [121.1800, 31.3125], [121.1960, 31.3080], [121.2150, 31.3010], [121.2400, 31.2915], [121.2700, 31.2800], [121.3000, 31.2690], [121.3250, 31.2600], [121.3480, 31.2525]] },
  { id: 's5-hujia-expwy', nameZh: 'S5沪嘉高速', nameEn: 'S5 Shanghai–Jiading Expressway', kind: 'expressway',
    coordinates: [[121.2560, 31.3700], [121.2640, 31.3560], [121.2730, 31.3400], [121.2850, 31.3220], [121.3000, 31.3040], [121.3180, 31.2860], [121.3350, 31.2720], [121.3480, 31.2630]] },
  { id: 'g15-shenhai-expwy', nameZh: 'G15沈海高速', nameEn: 'G15 Shenyang–Haikou Expressway', kind: 'expressway',
    coordinates: [[121.2050, 31.3990], [121.2080, 31.3750], [121.2110, 31.3500], [121.2140, 31.3250], [121.2190, 31.3000], [121.2230, 31.2750], [121.2270, 31.2500], [121.2310, 31.2250], [121.2340, 31.2050]] },
  { id: 'corridor-jiading-hongqiao', nameZh: '嘉定—虹桥自动驾驶示范走廊（示意）', nameEn: 'Jiading–Hongqiao autonomous-driving corridor (schematic)', kind: 'expressway',
    coordinates: [[121.2560, 31.3340], [121.2600, 31.3200], [121.2660, 31.3060], [121.2730, 31.2920], [121.2810, 31.2780], [121.2900, 31.2620], [121.2980, 31.2470], [121.3060, 31.2320], [121.3140, 31.2180], [121.3200, 31.2060]] },
];
