/** A test entity (测试主体) of the demo fleet. */
export type DemoEnterprise = { id: string; nameZh: string; nameEn: string };

// Fictional on purpose: names say 示例/样例/演示 and "(fictional)" so that nobody reads them as real companies.
export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  { id: 'ent-demo-01', nameZh: '示例智行科技有限公司', nameEn: 'Example Smart Mobility Tech Co. (fictional)' },
  { id: 'ent-demo-02', nameZh: '样例出行服务有限公司', nameEn: 'Sample Ride Services Co. (fictional)' },
  { id: 'ent-demo-03', nameZh: '演示智慧公交运营有限公司', nameEn: 'Demo Smart Transit Operations Co. (fictional)' },
  { id: 'ent-demo-04', nameZh: '示范无人物流科技有限公司', nameEn: 'Showcase Autonomous Logistics Co. (fictional)' },
  { id: 'ent-demo-05', nameZh: '样板城市环境服务有限公司', nameEn: 'Model City Sanitation Services Co. (fictional)' },
  { id: 'ent-demo-06', nameZh: '示例自主泊车技术有限公司', nameEn: 'Example Valet Parking Tech Co. (fictional)' },
  {
    id: 'ent-demo-07',
    nameZh: '演示汽车智能驾驶研究院',
    nameEn: 'Demo Automated Driving Research Institute (fictional)',
  },
];
