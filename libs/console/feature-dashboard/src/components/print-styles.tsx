/**
 * The print stylesheet of the report page: only the report, on white, without the header, the controls and the
 * page's own scroll box (which would cut the report at one screen).
 */
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  .ant-layout-header, .ant-message, .ant-notification, [data-print="hide"] { display: none !important; }
  .ant-layout, .ant-layout-content { height: auto !important; overflow: visible !important; background: #fff !important; }
  .ant-layout-content { padding: 0 !important; }
  [data-print="page"] .ant-card { box-shadow: none !important; border: none !important; }
  [data-print="page"] table { page-break-inside: auto; }
  [data-print="page"] tr { page-break-inside: avoid; }
}
`;

/** Mounted with the report page only, so printing another page is unaffected. */
export function PrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
