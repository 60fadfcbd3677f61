/**
 * The moderation queue for lessons regions share. A proposal starts as "wacht" (pending); a moderator edits,
 * approves ("goedgekeurd") or rejects it. Rejected lessons are deleted; on approval the contact e-mail is
 * erased, because it is only kept so a moderator can ask a question before deciding.
 * Public pages only ever read through `listApproved`/`getApproved`, which filter on status in SQL.
 */
import { randomUUID } from 'node:crypto';
import type { Migration, Store } from '../storage';
import type { ThemeKey } from './lesson-list';
import type { LessonProposal } from './lesson-proposal';

export const sharedLessonMigrations: Migration[] = [
  {
    id: 'expedition-001-shared-lessons',
    statements: [
      `CREATE TABLE shared_lessons (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        title TEXT NOT NULL,
        region_id TEXT NOT NULL,
        themes TEXT NOT NULL,
        period TEXT NOT NULL,
        tried TEXT NOT NULL,
        happened TEXT NOT NULL,
        learned TEXT NOT NULL,
        contact_email TEXT,
        created_at TEXT NOT NULL,
        reviewed_at TEXT
      )`,
      'CREATE INDEX shared_lessons_status ON shared_lessons (status, region_id)',
    ],
  },
];

export type SharedLessonStatus = 'wacht' | 'goedgekeurd';

export interface SharedLesson extends Omit<LessonProposal, 'contactEmail'> {
  id: string;
  status: SharedLessonStatus;
  /** Only present while the lesson waits for review. */
  contactEmail: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
}

interface Row {
  id: string;
  status: string;
  title: string;
  region_id: string;
  themes: string;
  period: string;
  tried: string;
  happened: string;
  learned: string;
  contact_email: string | null;
  created_at: string;
  reviewed_at: string | null;
}

const columns = 'id, status, title, region_id, themes, period, tried, happened, learned, contact_email, created_at, reviewed_at';

function fromRow(row: Row): SharedLesson {
  return {
    id: row.id,
    status: row.status as SharedLessonStatus,
    title: row.title,
    regionId: row.region_id,
    themes: row.themes.split(',').filter(Boolean) as ThemeKey[],
    period: row.period,
    tried: row.tried,
    happened: row.happened,
    learned: row.learned,
    contactEmail: row.contact_email,
    createdAt: new Date(row.created_at),
    reviewedAt: row.reviewed_at ? new Date(row.reviewed_at) : null,
  };
}

/** Ids are random UUIDs: they appear in public URLs once approved and must not reveal how many were sent. */
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export function isLessonId(value: string): boolean {
  return idPattern.test(value);
}

export class SharedLessons {
  constructor(private readonly store: Store) {}

  /** Stores a validated proposal as pending and returns its id. */
  async propose(proposal: LessonProposal, now = new Date()): Promise<string> {
    const id = randomUUID();
    await this.store.run(
      `INSERT INTO shared_lessons (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, 'wacht', proposal.title, proposal.regionId, proposal.themes.join(','), proposal.period, proposal.tried, proposal.happened, proposal.learned, proposal.contactEmail || null, now.toISOString(), null],
    );
    return id;
  }

  /** The queue for moderators, oldest first. */
  async listPending(): Promise<SharedLesson[]> {
    const rows = await this.store.all<Row>(`SELECT ${columns} FROM shared_lessons WHERE status = ? ORDER BY created_at, id`, ['wacht']);
    return rows.map(fromRow);
  }

  /** Any lesson, pending or approved: for moderators only. */
  async get(id: string): Promise<SharedLesson | undefined> {
    if (!isLessonId(id)) return undefined;
    const row = await this.store.get<Row>(`SELECT ${columns} FROM shared_lessons WHERE id = ?`, [id]);
    return row && fromRow(row);
  }

  /** Approved lessons, newest first, optionally of one region: what the public may see. */
  async listApproved(regionId?: string): Promise<SharedLesson[]> {
    const rows = regionId
      ? await this.store.all<Row>(`SELECT ${columns} FROM shared_lessons WHERE status = ? AND region_id = ? ORDER BY reviewed_at DESC, id`, ['goedgekeurd', regionId])
      : await this.store.all<Row>(`SELECT ${columns} FROM shared_lessons WHERE status = ? ORDER BY reviewed_at DESC, id`, ['goedgekeurd']);
    return rows.map(fromRow);
  }

  async getApproved(id: string): Promise<SharedLesson | undefined> {
    if (!isLessonId(id)) return undefined;
    const row = await this.store.get<Row>(`SELECT ${columns} FROM shared_lessons WHERE id = ? AND status = ?`, [id, 'goedgekeurd']);
    return row && fromRow(row);
  }

  /** Replaces the text of a lesson (a moderator's edit, already validated). False when it does not exist. */
  async update(id: string, proposal: Omit<LessonProposal, 'contactEmail'>): Promise<boolean> {
    if (!isLessonId(id)) return false;
    const { changes } = await this.store.run(
      'UPDATE shared_lessons SET title = ?, region_id = ?, themes = ?, period = ?, tried = ?, happened = ?, learned = ? WHERE id = ?',
      [proposal.title, proposal.regionId, proposal.themes.join(','), proposal.period, proposal.tried, proposal.happened, proposal.learned, id],
    );
    return changes > 0;
  }

  /** Publishes a pending lesson and erases its contact e-mail in the same statement. */
  async approve(id: string, now = new Date()): Promise<boolean> {
    if (!isLessonId(id)) return false;
    const { changes } = await this.store.run(
      'UPDATE shared_lessons SET status = ?, contact_email = NULL, reviewed_at = ? WHERE id = ? AND status = ?',
      ['goedgekeurd', now.toISOString(), id, 'wacht'],
    );
    return changes > 0;
  }

  /** Removes any lesson, also a published one (a moderator withdraws it, e.g. after a privacy slip). */
  async remove(id: string): Promise<boolean> {
    if (!isLessonId(id)) return false;
    const { changes } = await this.store.run('DELETE FROM shared_lessons WHERE id = ?', [id]);
    return changes > 0;
  }

  /** Rejects a pending lesson: nothing of it is kept, the contact e-mail included. */
  async reject(id: string): Promise<boolean> {
    if (!isLessonId(id)) return false;
    const { changes } = await this.store.run('DELETE FROM shared_lessons WHERE id = ? AND status = ?', [id, 'wacht']);
    return changes > 0;
  }
}

