import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../storage';
import { isModeratorToken, bearerToken } from './moderation-auth';
import { lessonSlug, lessonToMdx } from './lesson-mdx';
import { shareLesson, statusOf } from './lesson-sharing';
import { validateProposal, type ProposalInput } from './lesson-proposal';
import { createRateLimiter } from './rate-limit';
import { SharedLessons, sharedLessonMigrations } from './shared-lessons';

const regionIds = new Set(['rijnmond', 'twente']);
const valid: ProposalInput = {
  titel: 'Wachtenden samen nabellen',
  regio: 'twente',
  themas: ['doorstroom', 'toegang'],
  periode: 'voorjaar 2026',
  geprobeerd: 'Drie aanbieders belden samen alle wachtende gezinnen na.',
  gebeurd: 'Een op de vijf gezinnen bleek al andere hulp te hebben gevonden.',
  geleerd: 'Bel samen na: een gedeelde lijst laat zien wie echt nog wacht.',
  email: 'Contact@Regio.nl',
};

let dir: string;
let store: SqliteStore;
let lessons: SharedLessons;
const openLimiter = () => createRateLimiter({ limit: 100, windowMs: 60_000 });

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'expedition-'));
  store = new SqliteStore(path.join(dir, 'test.sqlite'));
  await store.migrate(sharedLessonMigrations);
  lessons = new SharedLessons(store);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('validating a proposed lesson', () => {
  it('accepts a complete proposal and normalises it', () => {
    const result = validateProposal({ ...valid, titel: '  Wachtenden   samen nabellen ' }, regionIds);
    expect(result.ok && !result.isSpam && result.proposal).toMatchObject({ title: 'Wachtenden samen nabellen', regionId: 'twente', themes: ['doorstroom', 'toegang'], contactEmail: 'contact@regio.nl' });
  });

  it('gives a Dutch message per wrong field', () => {
    const result = validateProposal({ titel: 'Kort', regio: 'atlantis', themas: ['onzin'], geprobeerd: 'te kort', gebeurd: '', geleerd: 'x'.repeat(3001), email: 'geen-adres' }, regionIds);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: 'Geef de les een titel van minstens 5 tekens.',
      regionId: 'Kies een regio uit de lijst.',
      themes: "Kies alleen thema's uit de lijst.",
      tried: 'Beschrijf wat is geprobeerd, in minstens 20 tekens.',
      happened: 'Beschrijf wat er gebeurde, in minstens 20 tekens.',
      learned: 'Deze tekst mag hoogstens 3000 tekens lang zijn.',
      contactEmail: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl, of laat het veld leeg.',
    });
  });

  it('treats a filled-in honeypot as spam', () => {
    expect(validateProposal({ ...valid, website: 'https://spam.example' }, regionIds)).toMatchObject({ ok: true, isSpam: true });
  });
});

describe('sharing a lesson', () => {
  const context = () => ({ regionIds, clientAddress: '192.0.2.1', limiter: openLimiter(), lessons });

  it('stores a valid proposal as pending, never as public', async () => {
    const outcome = await shareLesson(valid, context());
    expect(outcome.kind).toBe('stored');
    expect(statusOf(outcome)).toBe(201);
    expect(await lessons.listApproved()).toEqual([]);
    expect(await lessons.listApproved('twente')).toEqual([]);
    const id = outcome.kind === 'stored' ? outcome.id : '';
    expect(await lessons.getApproved(id)).toBeUndefined();
    expect((await lessons.listPending()).map((lesson) => lesson.title)).toEqual(['Wachtenden samen nabellen']);
  });

  it('stores nothing on bad input or a filled honeypot, and answers 400 for bad input', async () => {
    const bad = await shareLesson({ ...valid, themas: [] }, context());
    expect(statusOf(bad)).toBe(400);
    const spam = await shareLesson({ ...valid, website: 'x' }, context());
    expect(spam.kind).toBe('ignored');
    expect(await lessons.listPending()).toEqual([]);
  });

  it('refuses with 429 once a client used up its window, without storing', async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    const shared = { regionIds, clientAddress: '192.0.2.9', limiter, lessons };
    await shareLesson(valid, shared);
    await shareLesson(valid, shared);
    const third = await shareLesson(valid, shared);
    expect(statusOf(third)).toBe(429);
    expect(await lessons.listPending()).toHaveLength(2);
    expect(limiter.take('192.0.2.10')).toBe(true);
    expect(limiter.take('192.0.2.9', Date.now() + 61_000)).toBe(true);
  });
});

describe('moderating shared lessons', () => {
  it('publishes an approved lesson and erases its contact e-mail', async () => {
    const id = await lessons.propose({ title: 'Een les', regionId: 'rijnmond', themes: ['toegang'], period: '', tried: 'a'.repeat(20), happened: 'b'.repeat(20), learned: 'c'.repeat(20), contactEmail: 'a@b.nl' });
    expect((await lessons.get(id))?.contactEmail).toBe('a@b.nl');
    expect(await lessons.approve(id)).toBe(true);
    const approved = await lessons.getApproved(id);
    expect(approved?.contactEmail).toBeNull();
    expect((await lessons.listApproved('rijnmond')).map((lesson) => lesson.id)).toEqual([id]);
    expect(await lessons.listPending()).toEqual([]);
  });

  it('edits a pending lesson and deletes a rejected one completely', async () => {
    const id = await lessons.propose({ title: 'Eerste titel', regionId: 'rijnmond', themes: ['toegang'], period: '', tried: 'a'.repeat(20), happened: 'b'.repeat(20), learned: 'c'.repeat(20), contactEmail: 'a@b.nl' });
    expect(await lessons.update(id, { title: 'Betere titel', regionId: 'twente', themes: ['uitstroom'], period: '2026', tried: 'a'.repeat(20), happened: 'b'.repeat(20), learned: 'c'.repeat(20) })).toBe(true);
    expect(await lessons.get(id)).toMatchObject({ title: 'Betere titel', regionId: 'twente', themes: ['uitstroom'] });
    expect(await lessons.reject(id)).toBe(true);
    expect(await lessons.get(id)).toBeUndefined();
    expect(await lessons.approve(id)).toBe(false);
  });

  it('withdraws a published lesson so it is no longer public', async () => {
    const id = await lessons.propose({ title: 'Een les', regionId: 'rijnmond', themes: ['toegang'], period: '', tried: 'a'.repeat(20), happened: 'b'.repeat(20), learned: 'c'.repeat(20), contactEmail: '' });
    await lessons.approve(id);
    expect(await lessons.remove(id)).toBe(true);
    expect(await lessons.getApproved(id)).toBeUndefined();
    expect(await lessons.listApproved()).toEqual([]);
  });

  it('exports an approved lesson as MDX in the shape of the seeded lessons', async () => {
    const id = await lessons.propose({ title: 'Samen nabellen: één lijst', regionId: 'twente', themes: ['doorstroom'], period: 'voorjaar 2026', tried: 'We belden {iedereen} na.', happened: 'b'.repeat(20), learned: 'Een gedeelde lijst laat zien wie echt nog wacht.', contactEmail: '' });
    await lessons.approve(id, new Date('2026-11-24T10:00:00Z'));
    const mdx = lessonToMdx((await lessons.getApproved(id))!, new Date('2026-11-25T00:00:00Z'));
    expect(mdx).toContain('title: "Samen nabellen: één lijst"');
    expect(mdx).toContain('region: twente\ndate: 2026-11-24\nperiod: "voorjaar 2026"\nthemes: [doorstroom]');
    expect(mdx).toContain('## Wat is geprobeerd?\n\nWe belden \\{iedereen\\} na.');
    expect(mdx).not.toContain('@');
    expect(lessonSlug('Samen nabellen: één lijst')).toBe('samen-nabellen-een-lijst');
  });
});

describe('moderator token', () => {
  const configured = 'een-lang-moderatietoken-123';

  it('accepts only the configured token', () => {
    expect(isModeratorToken(configured, configured)).toBe(true);
    expect(isModeratorToken('fout', configured)).toBe(false);
    expect(isModeratorToken(`${configured}x`, configured)).toBe(false);
    expect(isModeratorToken(null, configured)).toBe(false);
    expect(isModeratorToken('', configured)).toBe(false);
  });

  it('refuses everyone when no (or a too short) token is configured', () => {
    expect(isModeratorToken('', undefined)).toBe(false);
    expect(isModeratorToken('kort', 'kort')).toBe(false);
  });

  it('reads a bearer token from the Authorization header', () => {
    expect(bearerToken(`Bearer ${configured}`)).toBe(configured);
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
