import type { IncidentAttachment } from '@fleet/incidents-model';
import type { Pool } from 'pg';

/** Raw bytes per chunk row: hex-encoded in the statement it is about 32 KB, well under the embedded limit. */
const CHUNK_BYTES = 16 * 1024;

type AttachmentRow = {
  id: number;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
  uploaded_by: string;
};

const attachmentOf = (r: AttachmentRow): IncidentAttachment => ({
  id: r.id,
  fileName: r.file_name,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedAt: r.uploaded_at.toISOString(),
  uploadedBy: r.uploaded_by,
});

export type NewAttachment = {
  incidentId: number;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
  uploadedBy: string;
};

/**
 * Files attached to incidents, kept in the database in chunks (append-only, like the evidence): one backup and one
 * legal hold for everything, and every api instance sees them without a shared disk.
 */
export class AttachmentRepository {
  constructor(private readonly pool: Pool) {}

  async add(a: NewAttachment): Promise<IncidentAttachment> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO incident_attachments (incident_id, file_name, content_type, size_bytes, sha256, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [a.incidentId, a.fileName, a.contentType, a.bytes.byteLength, a.sha256, a.uploadedBy],
      );
      const id = inserted.rows[0]?.id;
      if (id === undefined) throw new Error('attachment insert returned no id');
      for (let offset = 0, n = 0; offset < a.bytes.byteLength; offset += CHUNK_BYTES, n++) {
        await client.query(`INSERT INTO incident_attachment_chunks (attachment_id, n, bytes) VALUES ($1, $2, $3)`, [
          id,
          n,
          Buffer.from(a.bytes.subarray(offset, offset + CHUNK_BYTES)),
        ]);
      }
      const done = await client.query<AttachmentRow>(
        `UPDATE incident_attachments SET complete = true WHERE id = $1
         RETURNING id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by`,
        [id],
      );
      await client.query(
        `INSERT INTO incident_history (incident_id, action, actor, note) VALUES ($1, 'attachment', $2, $3)`,
        [a.incidentId, a.uploadedBy, `${a.fileName} (sha256 ${a.sha256})`],
      );
      await client.query('COMMIT');
      const row = done.rows[0];
      if (!row) throw new Error('attachment vanished during upload');
      return attachmentOf(row);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async list(incidentId: number): Promise<IncidentAttachment[]> {
    const result = await this.pool.query<AttachmentRow>(
      `SELECT id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by FROM incident_attachments
       WHERE incident_id = $1 AND complete ORDER BY id`,
      [incidentId],
    );
    return result.rows.map(attachmentOf);
  }

  async content(
    incidentId: number,
    attachmentId: number,
  ): Promise<{ attachment: IncidentAttachment; bytes: Buffer } | undefined> {
    const meta = await this.pool.query<AttachmentRow>(
      `SELECT id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by FROM incident_attachments
       WHERE incident_id = $1 AND id = $2 AND complete`,
      [incidentId, attachmentId],
    );
    const row = meta.rows[0];
    if (!row) return undefined;
    const chunks = await this.pool.query<{ bytes: Buffer }>(
      `SELECT bytes FROM incident_attachment_chunks WHERE attachment_id = $1 ORDER BY n`,
      [attachmentId],
    );
    return { attachment: attachmentOf(row), bytes: Buffer.concat(chunks.rows.map((c) => c.bytes)) };
  }
}
