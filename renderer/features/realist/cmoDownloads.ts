import type { ApiClient } from '../../api/client';
import { csvType, downloadText, htmlType } from '../../files/downloads';

/** The CMO table as the core writes it (CSV, or HTML that pastes into Word as a table), downloaded. */
export async function downloadCmoTable(api: ApiClient, format: 'csv' | 'html', options: { versionId: number | null; groupAttributeId: number | null }): Promise<string> {
  const args = { ...(options.versionId !== null ? { versionId: options.versionId } : {}), ...(options.groupAttributeId !== null ? { groupAttributeId: options.groupAttributeId } : {}) };
  if (format === 'csv') {
    const exported = await api.call('cmo.exportCsv', args);
    downloadText(exported.fileName, exported.csv, csvType);
    return exported.fileName;
  }
  const exported = await api.call('cmo.exportHtml', args);
  downloadText(exported.fileName, exported.html, htmlType);
  return exported.fileName;
}
